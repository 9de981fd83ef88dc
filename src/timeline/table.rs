//! A compact, columnar table of simple events (start, end, label, group) for bulk data: a
//! million imported or synthetic events cost about 50 bytes each here, where full
//! [`crate::model::Event`]s would cost several hundred. The timeline draws straight from it.
//! It is not a briefing: no provenance, actors or review state.

/// One row as plain values (for building and for the inspector-style read-out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow<'a> {
    pub start_secs: i64,
    /// Equal to `start_secs` for a point event.
    pub end_secs: i64,
    pub group: u8,
    pub label: &'a str,
}

/// Why a row could not be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableError {
    /// The labels together exceed the 4 GiB the `u32` offsets can address.
    LabelsTooLarge,
}

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the labels together exceed 4 GiB")
    }
}

impl std::error::Error for TableError {}

/// Events in insertion order (row `i` is event id `i`). Labels share one string arena.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventTable {
    starts_secs: Vec<i64>,
    ends_secs: Vec<i64>,
    groups: Vec<u8>,
    /// End offset of each label in `labels`; a label starts where the previous one ends.
    label_ends: Vec<u32>,
    labels: String,
}

impl EventTable {
    pub fn with_capacity(rows: usize, label_bytes: usize) -> Self {
        Self {
            starts_secs: Vec::with_capacity(rows),
            ends_secs: Vec::with_capacity(rows),
            groups: Vec::with_capacity(rows),
            label_ends: Vec::with_capacity(rows),
            labels: String::with_capacity(label_bytes),
        }
    }

    /// Appends a row; an end before the start is stored as the start (a point).
    pub fn push(&mut self, row: &TableRow<'_>) -> Result<(), TableError> {
        let end = u32::try_from(self.labels.len() + row.label.len())
            .map_err(|_| TableError::LabelsTooLarge)?;
        self.labels.push_str(row.label);
        self.label_ends.push(end);
        self.starts_secs.push(row.start_secs);
        self.ends_secs.push(row.end_secs.max(row.start_secs));
        self.groups.push(row.group);
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.starts_secs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts_secs.is_empty()
    }

    pub fn start_secs(&self, i: usize) -> Option<i64> {
        self.starts_secs.get(i).copied()
    }

    pub fn end_secs(&self, i: usize) -> Option<i64> {
        self.ends_secs.get(i).copied()
    }

    pub fn group(&self, i: usize) -> Option<u8> {
        self.groups.get(i).copied()
    }

    pub fn label(&self, i: usize) -> Option<&str> {
        let end = *self.label_ends.get(i)? as usize;
        let start = match i.checked_sub(1) {
            Some(k) => *self.label_ends.get(k)? as usize,
            None => 0,
        };
        self.labels.get(start..end)
    }

    pub fn row(&self, i: usize) -> Option<TableRow<'_>> {
        Some(TableRow {
            start_secs: self.start_secs(i)?,
            end_secs: self.end_secs(i)?,
            group: self.group(i)?,
            label: self.label(i)?,
        })
    }

    /// Bytes held by the columns (capacity, not just length): what the table costs in memory.
    pub fn heap_bytes(&self) -> usize {
        self.starts_secs.capacity() * 8
            + self.ends_secs.capacity() * 8
            + self.groups.capacity()
            + self.label_ends.capacity() * 4
            + self.labels.capacity()
    }

    /// Releases spare capacity after a bulk load.
    pub fn shrink_to_fit(&mut self) {
        self.starts_secs.shrink_to_fit();
        self.ends_secs.shrink_to_fit();
        self.groups.shrink_to_fit();
        self.label_ends.shrink_to_fit();
        self.labels.shrink_to_fit();
    }

    /// Appends all rows of `other`.
    pub fn extend_from(&mut self, other: &EventTable) -> Result<(), TableError> {
        for i in 0..other.len() {
            if let Some(r) = other.row(i) {
                self.push(&r)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip_and_bad_ends_become_points() {
        let mut t = EventTable::default();
        let rows = [
            TableRow {
                start_secs: 10,
                end_secs: 20,
                group: 3,
                label: "first",
            },
            TableRow {
                start_secs: 5,
                end_secs: 5,
                group: 0,
                label: "",
            },
            TableRow {
                start_secs: 7,
                end_secs: 1,
                group: 9,
                label: "Ünïcode",
            },
        ];
        for r in &rows {
            t.push(r).unwrap();
        }
        assert_eq!(t.len(), 3);
        assert_eq!(t.row(0).unwrap(), rows[0]);
        assert_eq!(t.row(1).unwrap(), rows[1]);
        assert_eq!(t.row(2).unwrap().end_secs, 7);
        assert_eq!(t.label(2), Some("Ünïcode"));
        assert_eq!(t.row(3), None);
    }
}
