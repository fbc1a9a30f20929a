//! Renderers: every one writes into a `&mut impl Write`.

pub mod json;
pub mod text;
