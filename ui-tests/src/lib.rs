//! Test-only crate: the explorer's UI tests (egui_kittest) and canvas benchmark live here so the
//! core crate's dependency tree stays free of egui when built without the `gui` feature.
