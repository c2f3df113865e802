/**
 * @generated SignedSource<<b52de601960544c07d2a4cfe4d5b4346>>
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
export type OfferSearchQuery$variables = {
  filter?: OfferFilter | null | undefined;
  first?: number | null | undefined;
};
export type OfferSearchQuery$data = {
  readonly offerFacets: {
    readonly families: ReadonlyArray<{
      readonly count: number;
      readonly family: OfferFamily;
    }>;
  };
  readonly " $fragmentSpreads": FragmentRefs<"OfferSearch_query">;
};
export type OfferSearchQuery = {
  response: OfferSearchQuery$data;
  variables: OfferSearchQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "filter"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "first"
  }
],
v1 = {
  "kind": "Variable",
  "name": "filter",
  "variableName": "filter"
},
v2 = [
  (v1/*:: as any*/),
  {
    "kind": "Variable",
    "name": "first",
    "variableName": "first"
  }
],
v3 = {
  "alias": null,
  "args": [
    (v1/*:: as any*/)
  ],
  "concreteType": "OfferFacets",
  "kind": "LinkedField",
  "name": "offerFacets",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "OfferFamilyFacet",
      "kind": "LinkedField",
      "name": "families",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "family",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "count",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v5 = {
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
    "name": "OfferSearchQuery",
    "selections": [
      {
        "args": (v2/*:: as any*/),
        "kind": "FragmentSpread",
        "name": "OfferSearch_query"
      },
      (v3/*:: as any*/)
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "OfferSearchQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
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
                  (v4/*:: as any*/),
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
                      (v4/*:: as any*/),
                      (v5/*:: as any*/)
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
                      (v4/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "Municipality",
                        "kind": "LinkedField",
                        "name": "municipality",
                        "plural": false,
                        "selections": [
                          (v4/*:: as any*/),
                          (v5/*:: as any*/),
                          {
                            "alias": null,
                            "args": null,
                            "concreteType": "District",
                            "kind": "LinkedField",
                            "name": "district",
                            "plural": false,
                            "selections": [
                              (v4/*:: as any*/),
                              (v5/*:: as any*/),
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
        "args": (v2/*:: as any*/),
        "filters": [
          "filter"
        ],
        "handle": "connection",
        "key": "OfferSearch_offers",
        "kind": "LinkedHandle",
        "name": "offers"
      },
      (v3/*:: as any*/)
    ]
  },
  "params": {
    "cacheID": "e8387d4230fe38537e33be3deb6607da",
    "id": null,
    "metadata": {},
    "name": "OfferSearchQuery",
    "operationKind": "query",
    "text": "query OfferSearchQuery(\n  $filter: OfferFilter\n  $first: Int\n) {\n  ...OfferSearch_query_1qzYLD\n  offerFacets(filter: $filter) {\n    families {\n      family\n      count\n    }\n  }\n}\n\nfragment OfferSearch_offer on Offer {\n  id\n  title\n  programme\n  startDate\n  freeSeats\n  provider {\n    id\n    name\n  }\n  location {\n    id\n    municipality {\n      id\n      name\n      district {\n        id\n        name\n        code\n      }\n    }\n  }\n}\n\nfragment OfferSearch_query_1qzYLD on Query {\n  offers(filter: $filter, first: $first) {\n    totalCount\n    edges {\n      distanceKm\n      node {\n        id\n        ...OfferSearch_offer\n        __typename\n      }\n      cursor\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "9c9a9ec5d19ed87299c03c6dca4a16c1";

export default node;
