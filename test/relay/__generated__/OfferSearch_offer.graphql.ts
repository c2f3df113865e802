/**
 * @generated SignedSource<<dc8fef75102c42348b3cb11da4accdab>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type Programme = "ASA_FLEX" | "AV_DUAL" | "BERUFSORIENTIERUNG" | "BERUFSSPRACHKURS_ANERKENNUNG" | "BERUFSSPRACHKURS_AZUBI" | "BERUFSSPRACHKURS_BASIS" | "BERUFSSPRACHKURS_GEWERBE_TECHNIK" | "BERUFSSPRACHKURS_SPEZIAL_A2" | "BERUFSSPRACHKURS_SPEZIAL_B1" | "BOF_PLUS" | "COMMUNITY_COURSE" | "EINSTIEGSQUALIFIZIERUNG" | "HOMEWORK_HELP" | "INTEGRATIONSKURS_ALLGEMEIN" | "INTEGRATIONSKURS_ALPHABETISIERUNG" | "INTEGRATIONSKURS_ELTERN_FRAUEN" | "INTEGRATIONSKURS_FOERDERKURS" | "INTEGRATIONSKURS_INTENSIV" | "INTEGRATIONSKURS_JUGEND" | "INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE" | "INTERPRETING" | "MENTORING" | "MOBILITY_HELP" | "PLAY_GROUP" | "PRAKTIKUM" | "SPORT" | "SPRACHCAFE" | "SPRACHPATENSCHAFT" | "VAB" | "VABO" | "WOMENS_MEETING_POINT" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type OfferSearch_offer$data = {
  readonly freeSeats: number | null | undefined;
  readonly id: string;
  readonly location: {
    readonly id: string;
    readonly municipality: {
      readonly district: {
        readonly code: string;
        readonly id: string;
        readonly name: string;
      };
      readonly id: string;
      readonly name: string;
    };
  } | null | undefined;
  readonly programme: Programme;
  readonly provider: {
    readonly id: string;
    readonly name: string;
  };
  readonly startDate: any;
  readonly title: string;
  readonly " $fragmentType": "OfferSearch_offer";
};
export type OfferSearch_offer$key = {
  readonly " $data"?: OfferSearch_offer$data;
  readonly " $fragmentSpreads": FragmentRefs<"OfferSearch_offer">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "OfferSearch_offer",
  "selections": [
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "title",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "programme",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "startDate",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "freeSeats",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Provider",
      "kind": "LinkedField",
      "name": "provider",
      "plural": false,
      "selections": [
        (v0/*:: as any*/),
        (v1/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Location",
      "kind": "LinkedField",
      "name": "location",
      "plural": false,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "concreteType": "Municipality",
          "kind": "LinkedField",
          "name": "municipality",
          "plural": false,
          "selections": [
            (v0/*:: as any*/),
            (v1/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "concreteType": "District",
              "kind": "LinkedField",
              "name": "district",
              "plural": false,
              "selections": [
                (v0/*:: as any*/),
                (v1/*:: as any*/),
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "code",
                  "storageKey": null
                }
              ],
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Offer",
  "abstractKey": null
};
})();

(node as any).hash = "f4320ea2643ab5772401b6feb295a569";

export default node;
