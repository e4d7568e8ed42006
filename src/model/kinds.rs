//! The kinds of things and links the graph knows, with the stable names of the JSON contract:
//! node and edge kinds, a participant's role, an event's modality.

use serde::{Deserialize, Serialize};

/// What a node is. The names are part of the stable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Person,
    Organization,
    /// A state or its government: an actor that is also a place.
    Country,
    /// Armed group, militia, non-state actor.
    Group,
    /// City, town, region, landmark.
    Place,
    Event,
}

impl NodeKind {
    pub const ALL: [NodeKind; 6] = [
        NodeKind::Person,
        NodeKind::Organization,
        NodeKind::Country,
        NodeKind::Group,
        NodeKind::Place,
        NodeKind::Event,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Organization => "organization",
            NodeKind::Country => "country",
            NodeKind::Group => "group",
            NodeKind::Place => "place",
            NodeKind::Event => "event",
        }
    }

    pub fn parse(s: &str) -> Option<NodeKind> {
        NodeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Actors can take part in events; places cannot.
    pub fn is_actor(self) -> bool {
        matches!(self, NodeKind::Person | NodeKind::Organization | NodeKind::Country | NodeKind::Group)
    }
}

impl std::fmt::Display for NodeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an edge says. The names are part of the stable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    Participant,
    Mediator,
    Host,
    Location,
    LocatedIn,
    Affiliation,
    Relation,
    CoOccurrence,
}

impl EdgeKind {
    pub const ALL: [EdgeKind; 8] = [
        EdgeKind::Participant,
        EdgeKind::Mediator,
        EdgeKind::Host,
        EdgeKind::Location,
        EdgeKind::LocatedIn,
        EdgeKind::Affiliation,
        EdgeKind::Relation,
        EdgeKind::CoOccurrence,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Participant => "participant",
            EdgeKind::Mediator => "mediator",
            EdgeKind::Host => "host",
            EdgeKind::Location => "location",
            EdgeKind::LocatedIn => "located_in",
            EdgeKind::Affiliation => "affiliation",
            EdgeKind::Relation => "relation",
            EdgeKind::CoOccurrence => "co_occurrence",
        }
    }

    pub fn parse(s: &str) -> Option<EdgeKind> {
        EdgeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Directed kinds get arrowheads; co-occurrence is symmetric.
    pub fn is_directed(self) -> bool {
        !matches!(self, EdgeKind::CoOccurrence)
    }
}

/// Role of a participant in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Source,
    Target,
    Participant,
}

/// Whether an event is said to have happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    #[default]
    Asserted,
    Negated,
    Hypothetical,
}
