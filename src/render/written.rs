//! An office document put into words in the reader's language: what the
//! document templates and the .docx writer show.

use serde::Serialize;

use crate::i18n::I18n;
use mentor_core::report::documents::{Cell, Document};

/// A document put into words in the reader's language: what its templates
/// and the .docx show.
#[derive(Debug, Serialize)]
pub struct Written {
    pub organization: String,
    pub annex: Option<String>,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub empty: String,
    /// The line the head of the organization signs.
    pub signature: String,
}

impl Written {
    pub fn new(doc: &Document, i18n: &I18n) -> Written {
        let cell = |c: &Cell| match c {
            Cell::Text(text) => text.clone(),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => d.map_or_else(String::new, |d| i18n.date(d)),
            Cell::Percent(p) => {
                p.map_or_else(|| "—".to_owned(), |p| I18n::percent_in(i18n.lang, p))
            }
        };
        Written {
            organization: doc.organization.clone(),
            annex: doc.annex.as_ref().map(|m| i18n.text(m)),
            title: i18n.text(&doc.title),
            header: doc.header.iter().map(|id| i18n.get(id)).collect(),
            rows: doc
                .rows
                .iter()
                .map(|r| r.iter().map(cell).collect())
                .collect(),
            empty: i18n.text(&doc.empty),
            signature: i18n.get("document-signature"),
        }
    }
}
