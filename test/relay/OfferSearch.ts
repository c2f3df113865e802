// Operations a Relay partner portal would write against the hub. `npm run relay:check` runs the
// real relay-compiler over them: Node/refetch conformance, connections and pagination.
const graphql = String.raw;

export const offerCard = graphql`
  fragment OfferSearch_offer on Offer {
    id
    title
    programme
    startDate
    freeSeats
    provider {
      id
      name
    }
    location {
      id
      municipality {
        id
        name
        district {
          id
          name
          code
        }
      }
    }
  }
`;

export const offerList = graphql`
  fragment OfferSearch_query on Query
  @refetchable(queryName: "OfferSearchPaginationQuery")
  @argumentDefinitions(filter: { type: "OfferFilter" }, first: { type: "Int", defaultValue: 20 }, after: { type: "String" }) {
    offers(filter: $filter, first: $first, after: $after) @connection(key: "OfferSearch_offers", filters: ["filter"]) {
      totalCount
      edges {
        distanceKm
        node {
          id
          ...OfferSearch_offer
        }
      }
    }
  }
`;

export const searchPage = graphql`
  query OfferSearchQuery($filter: OfferFilter, $first: Int) {
    ...OfferSearch_query @arguments(filter: $filter, first: $first)
    offerFacets(filter: $filter) {
      families {
        family
        count
      }
    }
  }
`;
