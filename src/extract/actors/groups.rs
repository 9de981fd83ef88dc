//! Groups: a so-called term naming people ("the so-called “coalition of the willing”")
//! becomes a group actor, and its lower-case short form ("the coalition") a mention.

use super::{Builder, MentionKind};
use crate::extract::Sentence;
use crate::extract::gazetteer::COLLECTIVE_NOUNS_SET;
use crate::model::{ActorKind, Span};

/// "coalition of the willing", "the Gang of Four": a so-called term naming people, not a
/// policy or a thing ("the so-called ‘digital levy’").
fn names_a_group(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let l = w.to_lowercase();
        COLLECTIVE_NOUNS_SET.contains(&l.as_str())
            || l.strip_suffix('s')
                .is_some_and(|sg| COLLECTIVE_NOUNS_SET.contains(&sg))
    })
}

impl Builder<'_> {
    /// Groups named with "so-called “X”".
    pub(super) fn so_called_groups(&mut self, si: usize, sent: &Sentence<'_>) {
        let text = self.doc.text;
        for w in sent.tokens.windows(2) {
            if !(w[0].is("so-called") && matches!(w[1].text, "“" | "\"" | "‘")) {
                continue;
            }
            let open = w[1].end();
            let Some(rest) = text.get(open..sent.span.end) else {
                continue;
            };
            let Some(close) = rest.find(['”', '"', '’']) else {
                continue;
            };
            let name = rest[..close].trim().trim_end_matches([',', '.']);
            if !name.is_empty() && name.split_whitespace().count() <= 6 && names_a_group(name) {
                let a = self.actor(name, ActorKind::Group);
                let span = Span::new(open, open + name.len());
                self.mention(span, si, a, MentionKind::Name);
                if let Some(head) = name.split_whitespace().next()
                    && name.contains(" of ")
                {
                    let alias = format!("the {head}");
                    self.alias(a, &alias);
                }
            }
        }
    }

    /// Lower-case group aliases ("the coalition").
    pub(super) fn group_aliases(&mut self) {
        let group_heads: Vec<(usize, String)> = self
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == ActorKind::Group)
            .filter_map(|(i, a)| {
                a.aliases
                    .iter()
                    .find_map(|al| al.strip_prefix("the "))
                    .map(|h| (i, h.to_owned()))
            })
            .collect();
        if group_heads.is_empty() {
            return;
        }
        let doc = self.doc;
        for (si, sent) in doc.sentences.iter().enumerate() {
            for (k, t) in sent.tokens.iter().enumerate() {
                for (a, head) in &group_heads {
                    if t.without_possessive() == head && k > 0 && sent.tokens[k - 1].is("the") {
                        self.mention(
                            Span::new(t.start(), t.start() + head.len()),
                            si,
                            *a,
                            MentionKind::Name,
                        );
                    }
                }
            }
        }
    }
}
