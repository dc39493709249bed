//! What one section of the bench found: rows of the table and targets of
//! issue 13, saved as JSON so that sections measured by different builds
//! (generation in release, fuel in the dev build) print as one table.

use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// A target of issue 13 and the value the run measured.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Target {
    pub what: String,
    pub value: f64,
    pub limit: f64,
    pub unit: String,
    /// What the measured value cannot go below, when the bench knows it:
    /// the shares of work both tools do alike.
    #[serde(default)]
    pub floor: Option<String>,
}

impl Target {
    /// At most `limit` times wit-bindgen's.
    pub fn ratio(language: &str, what: &str, value: f64, limit: f64) -> Self {
        Target {
            what: format!("{language}: {what}"),
            value,
            limit,
            unit: "×".into(),
            floor: None,
        }
    }

    pub fn met(&self) -> bool {
        self.value <= self.limit
    }
}

/// Rows (first cell the measure, then one per language) and targets.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Report {
    pub rows: Vec<Vec<String>>,
    pub targets: Vec<Target>,
}

impl Report {
    pub fn extend(&mut self, other: Report) {
        self.rows.extend(other.rows);
        self.targets.extend(other.targets);
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        std::fs::write(path, serde_json::to_vec_pretty(self)?)
            .with_context(|| format!("cannot write `{}`", path.display()))
    }

    pub fn load(path: &Path) -> Result<Report> {
        let json =
            std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
        serde_json::from_slice(&json)
            .with_context(|| format!("`{}` is not a report", path.display()))
    }
}

/// bindery ÷ wit-bindgen, without dividing by zero.
pub fn ratio(ours: f64, theirs: f64) -> f64 {
    ours / theirs.max(f64::MIN_POSITIVE)
}
