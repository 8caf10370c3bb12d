//! The schemas shipped in the binary (`mentor init` writes them into a
//! program folder): the files of the repository's `schemas/`, generated from
//! the core's types by `mentor_core::schema`. A test keeps them in sync.

/// `schemas/mentor.schema.json` as shipped in the binary (written by `mentor init`).
pub const MENTOR: &str = include_str!("../schemas/mentor.schema.json");
/// `schemas/roadmap.schema.json` as shipped in the binary (written by `mentor init`).
pub const ROADMAP: &str = include_str!("../schemas/roadmap.schema.json");

/// The Frictionless Table Schemas of the registries, as shipped, by file.
pub const TABLES: [(&str, &str); 6] = [
    (
        "schemas/registry/mentees.schema.json",
        include_str!("../schemas/registry/mentees.schema.json"),
    ),
    (
        "schemas/registry/mentors.schema.json",
        include_str!("../schemas/registry/mentors.schema.json"),
    ),
    (
        "schemas/registry/pairs.schema.json",
        include_str!("../schemas/registry/pairs.schema.json"),
    ),
    (
        "schemas/registry/meetings.schema.json",
        include_str!("../schemas/registry/meetings.schema.json"),
    ),
    (
        "schemas/registry/surveys.schema.json",
        include_str!("../schemas/registry/surveys.schema.json"),
    ),
    (
        "schemas/registry/constraints.schema.json",
        include_str!("../schemas/registry/constraints.schema.json"),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use mentor_core::registry::columns::Kind;
    use mentor_core::schema::{mentor, roadmap, table};

    /// Fails when the types change and `schemas/` was not regenerated.
    /// Regenerate with `MENTOR_BLESS=1 cargo test schema`.
    #[test]
    fn schemas_match_the_types() {
        let tables = Kind::ALL
            .iter()
            .zip(TABLES)
            .map(|(k, (f, s))| (f, table(*k), s));
        for (file, generated, shipped) in [
            ("schemas/mentor.schema.json", mentor(), MENTOR),
            ("schemas/roadmap.schema.json", roadmap(), ROADMAP),
        ]
        .into_iter()
        .chain(tables)
        {
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
