//! The vocabulary every layer shares: node and edge kinds, roles, modality, spans, `Article`,
//! ids and slugs. It uses nothing else of the crate, so any layer may use it.

mod article;
mod id;
mod kinds;
mod span;

pub use article::Article;
pub use id::{fold, slug};
pub use kinds::{EdgeKind, Modality, NodeKind, Role};
pub use span::Span;
