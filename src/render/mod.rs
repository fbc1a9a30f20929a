//! Renderers: every one writes into a `&mut impl Write`. `text` holds what all text
//! output shares (painting, wrapping, labelled fields, escaping); one file per command.

pub mod compare;
pub mod explain;
pub mod json;
pub mod list;
pub mod text;
