const graphql = String.raw;

/** Refetchable by ID: needs `interface Node` and `node(id:)` exactly as Relay expects them. */
export const offerDetail = graphql`
  fragment OfferDetail_offer on Offer @refetchable(queryName: "OfferDetailRefetchQuery") {
    id
    title
    description
    status
    provider {
      id
      name
      website
    }
  }
`;

export const providerPicker = graphql`
  fragment OfferDetail_providers on Query
  @refetchable(queryName: "OfferDetailProvidersPaginationQuery")
  @argumentDefinitions(search: { type: "String" }, first: { type: "Int", defaultValue: 10 }, after: { type: "String" }) {
    providers(search: $search, first: $first, after: $after) @connection(key: "OfferDetail_providers", filters: ["search"]) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;
