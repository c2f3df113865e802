// A case file as a Relay client would page it: a nested connection on a Node, refetched by ID.
const graphql = String.raw;

export const clientNotes = graphql`
  fragment ClientNotes_client on Client
  @refetchable(queryName: "ClientNotesPaginationQuery")
  @argumentDefinitions(first: { type: "Int", defaultValue: 10 }, after: { type: "String" }) {
    id
    caseNotes(first: $first, after: $after) @connection(key: "ClientNotes_caseNotes") {
      totalCount
      edges {
        node {
          id
          createdAt
          body
        }
      }
    }
  }
`;

export const clientPage = graphql`
  query ClientNotesQuery($id: ID!) {
    client(id: $id) {
      ...ClientNotes_client
    }
  }
`;
