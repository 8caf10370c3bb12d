//! JSON Schemas (draft-07, what yaml-language-server validates) generated
//! from the model types, so editors and `check-jsonschema` see exactly what
//! `mentor` reads. `schemas/` holds the generated files; a test keeps them
//! in sync.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;

use crate::program::Program;
use crate::roadmap::Roadmap;

/// `schemas/mentor.schema.json` as shipped in the binary (written by `mentor init`).
pub const MENTOR: &str = include_str!("../schemas/mentor.schema.json");
/// `schemas/roadmap.schema.json` as shipped in the binary (written by `mentor init`).
pub const ROADMAP: &str = include_str!("../schemas/roadmap.schema.json");

/// The schema of `mentor.yaml`, generated from [`Program`].
pub fn mentor() -> String {
    generate::<Program>()
}

/// The schema of roadmap files, generated from [`Roadmap`].
pub fn roadmap() -> String {
    generate::<Roadmap>()
}

fn generate<T: JsonSchema>() -> String {
    let schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    let mut text = serde_json::to_string_pretty(&schema).expect("schemas serialize");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails when the types change and `schemas/` was not regenerated.
    /// Regenerate with `MENTOR_BLESS=1 cargo test schema`.
    #[test]
    fn schemas_match_the_types() {
        for (file, generated, shipped) in [
            ("schemas/mentor.schema.json", mentor(), MENTOR),
            ("schemas/roadmap.schema.json", roadmap(), ROADMAP),
        ] {
            if std::env::var_os("MENTOR_BLESS").is_some() {
                std::fs::write(file, &generated).expect("write schema");
            } else {
                assert_eq!(
                    shipped, generated,
                    "{file} is stale: run MENTOR_BLESS=1 cargo test schema"
                );
            }
        }
    }
}
