//! Schemas generated from what `mentor` reads: JSON Schemas (draft-07, what
//! yaml-language-server validates) from the model types, and Frictionless
//! Table Schemas from the registry columns. The repository's `schemas/`
//! holds the generated files, shipped in the binary; a test there keeps them
//! in sync.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;

use crate::program::Program;
use crate::registry::columns::{Kind, Value};
use crate::roadmap::Roadmap;

/// The Frictionless Table Schema of a registry file, from its columns.
/// Headers are matched by name (Russian aliases are `mentor`'s business);
/// dates are any format Frictionless understands (ISO or `DD.MM.YYYY`).
pub fn table(kind: Kind) -> String {
    let fields: Vec<serde_json::Value> = kind
        .columns()
        .iter()
        .map(|c| {
            let mut field = serde_json::json!({"name": c.name, "description": c.title});
            let (kind, format) = match c.value {
                Value::Date => ("date", Some("any")),
                Value::Count => ("integer", None),
                Value::Number => ("number", None),
                _ => ("string", None),
            };
            field["type"] = kind.into();
            if let Some(format) = format {
                field["format"] = format.into();
            }
            if c.required == Some(None) {
                field["constraints"] = serde_json::json!({"required": true});
            }
            if matches!(c.value, Value::Count | Value::Number) {
                field["constraints"]["minimum"] = 0.into();
            }
            field
        })
        .collect();
    let schema = serde_json::json!({
        "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
        "fields": fields,
        "missingValues": [""],
    });
    let mut text = serde_json::to_string_pretty(&schema).expect("schemas serialize");
    text.push('\n');
    text
}

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
    let mut value = schema.to_value();
    dates_as_people_write_them(&mut value);
    standard_formats_only(&mut value);
    percents(&mut value);
    let mut text = serde_json::to_string_pretty(&value).expect("schemas serialize");
    text.push('\n');
    text
}

/// A date is written `ДД.ММ.ГГГГ` or ISO `ГГГГ-ММ-ДД` wherever a person
/// writes one ([`crate::decode::parse_date`]): the schema says so with a
/// pattern instead of the ISO-only `format: date`, so an editor accepts what
/// `mentor` accepts.
fn dates_as_people_write_them(value: &mut serde_json::Value) {
    const DATE: &str = r"^(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}( ?г\.?)?)$";
    match value {
        serde_json::Value::Object(map) => {
            if map.get("format").and_then(|f| f.as_str()) == Some("date") {
                map.remove("format");
                map.insert("pattern".to_owned(), DATE.into());
            }
            map.values_mut().for_each(dates_as_people_write_them);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(dates_as_people_write_them),
        _ => {}
    }
}

/// schemars names Rust's number types as formats (`uint8`, `double`) that
/// no validator knows (ajv in strict mode refuses the schema): they become
/// the bounds they mean, and the format goes.
fn standard_formats_only(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            let bounds: Option<(i64, i64)> = match map.get("format").and_then(|f| f.as_str()) {
                Some("uint8") => Some((0, 255)),
                Some("uint16") => Some((0, 65_535)),
                Some("uint32") => Some((0, i64::from(u32::MAX))),
                Some("uint64" | "uint") => Some((0, i64::MAX)),
                Some("int8" | "int16" | "int32" | "int64" | "int" | "float" | "double") => {
                    Some((i64::MIN, i64::MAX))
                }
                _ => None,
            };
            if let Some((min, max)) = bounds {
                map.remove("format");
                if min != i64::MIN {
                    map.entry("minimum").or_insert(min.into());
                }
                if max != i64::MAX && max != i64::from(u32::MAX) {
                    map.entry("maximum").or_insert(max.into());
                }
            }
            map.values_mut().for_each(standard_formats_only);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(standard_formats_only),
        _ => {}
    }
}

/// The targets' ladders are percents by year, 0–100 as `mentor.yaml`'s
/// decoder holds them.
fn percents(value: &mut serde_json::Value) {
    let Some(targets) = value.pointer_mut("/definitions/Targets/properties") else {
        return;
    };
    for ladder in targets
        .as_object_mut()
        .into_iter()
        .flat_map(|m| m.values_mut())
    {
        if let Some(years) = ladder
            .get_mut("patternProperties")
            .and_then(|p| p.as_object_mut())
        {
            for percent in years.values_mut() {
                percent["minimum"] = 0.into();
                percent["maximum"] = 100.into();
            }
        }
    }
}
