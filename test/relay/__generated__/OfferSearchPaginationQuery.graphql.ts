/**
 * @generated SignedSource<<52b01eb4df77132dd9a0511fa85fc293>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type Audience = "ACADEMICS" | "CHILDREN" | "EMPLOYED" | "FAMILIES" | "JOB_SEEKERS" | "NON_LITERATE" | "PARENTS" | "TRAINEES" | "WOMEN" | "YOUNG_ADULTS" | "YOUTH" | "%future added value";
export type CefrLevel = "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | "%future added value";
export type OfferFamily = "LANGUAGE_COURSE" | "SCHOOL_TO_WORK" | "VOLUNTEER_PROGRAMME" | "%future added value";
export type OfferFormat = "HYBRID" | "IN_PERSON" | "ONLINE" | "%future added value";
export type Programme = "ASA_FLEX" | "AV_DUAL" | "BERUFSORIENTIERUNG" | "BERUFSSPRACHKURS_ANERKENNUNG" | "BERUFSSPRACHKURS_AZUBI" | "BERUFSSPRACHKURS_BASIS" | "BERUFSSPRACHKURS_GEWERBE_TECHNIK" | "BERUFSSPRACHKURS_SPEZIAL_A2" | "BERUFSSPRACHKURS_SPEZIAL_B1" | "BOF_PLUS" | "COMMUNITY_COURSE" | "EINSTIEGSQUALIFIZIERUNG" | "HOMEWORK_HELP" | "INTEGRATIONSKURS_ALLGEMEIN" | "INTEGRATIONSKURS_ALPHABETISIERUNG" | "INTEGRATIONSKURS_ELTERN_FRAUEN" | "INTEGRATIONSKURS_FOERDERKURS" | "INTEGRATIONSKURS_INTENSIV" | "INTEGRATIONSKURS_JUGEND" | "INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE" | "INTERPRETING" | "MENTORING" | "MOBILITY_HELP" | "PLAY_GROUP" | "PRAKTIKUM" | "SPORT" | "SPRACHCAFE" | "SPRACHPATENSCHAFT" | "VAB" | "VABO" | "WOMENS_MEETING_POINT" | "%future added value";
export type OfferFilter = {
  audiences?: ReadonlyArray<Audience> | null | undefined;
  childcare?: boolean | null | undefined;
  district?: string | null | undefined;
  families?: ReadonlyArray<OfferFamily> | null | undefined;
  formats?: ReadonlyArray<OfferFormat> | null | undefined;
  hasFreeSeats?: boolean | null | undefined;
  levels?: ReadonlyArray<CefrLevel> | null | undefined;
  near?: GeoRadiusInput | null | undefined;
  programmes?: ReadonlyArray<Programme> | null | undefined;
  provider?: string | null | undefined;
  startsFrom?: any | null | undefined;
  startsUntil?: any | null | undefined;
  text?: string | null | undefined;
};
export type GeoRadiusInput = {
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  municipality?: string | null | undefined;
  postalCode?: string | null | undefined;
  radiusKm: number;
};
export type OfferSearchPaginationQuery$variables = {
  after?: string | null | undefined;
  filter?: OfferFilter | null | undefined;
  first?: number | null | undefined;
};
export type OfferSearchPaginationQuery$data = {
  readonly " $fragmentSpreads": FragmentRefs<"OfferSearch_query">;
};
export type OfferSearchPaginationQuery = {
  response: OfferSearchPaginationQuery$data;
  variables: OfferSearchPaginationQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "after"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "filter"
  },
  {
    "defaultValue": 20,
    "kind": "LocalArgument",
    "name": "first"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "after",
    "variableName": "after"
  },
  {
    "kind": "Variable",
    "name": "filter",
    "variableName": "filter"
  },
  {
    "kind": "Variable",
    "name": "first",
    "variableName": "first"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "OfferSearchPaginationQuery",
    "selections": [
      {
        "args": (v1/*:: as any*/),
        "kind": "FragmentSpread",
        "name": "OfferSearch_query"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "OfferSearchPaginationQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "OfferConnection",
        "kind": "LinkedField",
        "name": "offers",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "totalCount",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "OfferEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "distanceKm",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "Offer",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v2/*:: as any*/),
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
                      (v2/*:: as any*/),
                      (v3/*:: as any*/)
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
                      (v2/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "Municipality",
                        "kind": "LinkedField",
                        "name": "municipality",
                        "plural": false,
                        "selections": [
                          (v2/*:: as any*/),
                          (v3/*:: as any*/),
                          {
                            "alias": null,
                            "args": null,
                            "concreteType": "District",
                            "kind": "LinkedField",
                            "name": "district",
                            "plural": false,
                            "selections": [
                              (v2/*:: as any*/),
                              (v3/*:: as any*/),
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
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "__typename",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "cursor",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "PageInfo",
            "kind": "LinkedField",
            "name": "pageInfo",
            "plural": false,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "endCursor",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "hasNextPage",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "filters": [
          "filter"
        ],
        "handle": "connection",
        "key": "OfferSearch_offers",
        "kind": "LinkedHandle",
        "name": "offers"
      }
    ]
  },
  "params": {
    "cacheID": "1c4b832b412b2b72ef349e631e5c3311",
    "id": null,
    "metadata": {},
    "name": "OfferSearchPaginationQuery",
    "operationKind": "query",
    "text": "query OfferSearchPaginationQuery(\n  $after: String\n  $filter: OfferFilter\n  $first: Int = 20\n) {\n  ...OfferSearch_query_G9cLv\n}\n\nfragment OfferSearch_offer on Offer {\n  id\n  title\n  programme\n  startDate\n  freeSeats\n  provider {\n    id\n    name\n  }\n  location {\n    id\n    municipality {\n      id\n      name\n      district {\n        id\n        name\n        code\n      }\n    }\n  }\n}\n\nfragment OfferSearch_query_G9cLv on Query {\n  offers(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      distanceKm\n      node {\n        id\n        ...OfferSearch_offer\n        __typename\n      }\n      cursor\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "9a8d3fb786f6120036c91d6d5288d929";

export default node;
