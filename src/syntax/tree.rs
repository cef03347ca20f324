//! The concrete syntax tree: a file is a list of chunks, a chunk a list of
//! lines, a line a small tree of pest rules with byte spans.
//!
//! Chunks are the unit of re-parsing: each stores its spans relative to its
//! own start, so an edit replaces the touched chunks and only shifts the
//! `offset` of those after it.

use super::error::SyntaxError;
use super::grammar::Rule;
use crate::text::TextRange;

/// What starts a chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChunkKind {
    /// Lines before the first item or log line of a file.
    Preamble,
    Objective,
    KeyResult,
    Activity,
    Funnel,
    Log,
    /// An item whose keyword is misspelt (`objectve x: …`): its lines belong
    /// to no item, and only the header is an error.
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawNode {
    pub kind: Rule,
    pub start: u32,
    pub end: u32,
    /// Index just past this node's subtree (nodes are stored in preorder).
    pub next: u32,
}

/// A run of lines that starts at an item header or a log line (or at the
/// start of the file) and ends before the next one. Chunks tile the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    pub(crate) kind: ChunkKind,
    pub(crate) offset: u32,
    pub(crate) len: u32,
    /// Preorder; the top-level nodes are the chunk's lines. Spans are
    /// relative to `offset`.
    pub(crate) nodes: Box<[RawNode]>,
    /// Spans relative to `offset`.
    pub(crate) errors: Box<[SyntaxError]>,
}

impl Chunk {
    pub fn kind(&self) -> ChunkKind {
        self.kind
    }

    /// The chunk's bytes, line breaks included.
    pub fn range(&self) -> TextRange {
        TextRange {
            start: self.offset,
            end: self.offset + self.len,
        }
    }

    /// The chunk's lines (`header_line`, `body_line`, `log_line` or
    /// `error_line` nodes), in order.
    pub fn lines(&self) -> Siblings<'_> {
        Siblings {
            chunk: self,
            index: 0,
            end: self.nodes.len() as u32,
        }
    }

    /// The first line: the header or log line, except in a preamble.
    pub fn head(&self) -> Option<SyntaxNode<'_>> {
        self.lines().next()
    }

    pub fn errors(&self) -> impl Iterator<Item = SyntaxError> + '_ {
        self.errors.iter().map(|e| SyntaxError {
            range: e.range.shifted(self.offset),
            kind: e.kind.clone(),
        })
    }
}

/// A node of a chunk's tree, with absolute spans.
#[derive(Clone, Copy)]
pub struct SyntaxNode<'a> {
    chunk: &'a Chunk,
    index: u32,
}

impl<'a> SyntaxNode<'a> {
    fn raw(&self) -> &'a RawNode {
        &self.chunk.nodes[self.index as usize]
    }

    pub fn kind(&self) -> Rule {
        self.raw().kind
    }

    pub fn range(&self) -> TextRange {
        let raw = self.raw();
        TextRange {
            start: raw.start + self.chunk.offset,
            end: raw.end + self.chunk.offset,
        }
    }

    /// This node's text, given the whole file's text.
    pub fn text<'t>(&self, source: &'t str) -> &'t str {
        &source[self.range().as_range()]
    }

    pub fn children(&self) -> Siblings<'a> {
        Siblings {
            chunk: self.chunk,
            index: self.index + 1,
            end: self.raw().next,
        }
    }

    /// Every node below this one, in preorder.
    pub fn descendants(&self) -> impl Iterator<Item = SyntaxNode<'a>> + 'a {
        let chunk = self.chunk;
        (self.index + 1..self.raw().next).map(move |index| SyntaxNode { chunk, index })
    }

    /// The first child of the given kind.
    pub fn child(&self, kind: Rule) -> Option<SyntaxNode<'a>> {
        self.children().find(|n| n.kind() == kind)
    }

    /// The first descendant of the given kind.
    pub fn find(&self, kind: Rule) -> Option<SyntaxNode<'a>> {
        self.descendants().find(|n| n.kind() == kind)
    }
}

impl std::fmt::Debug for SyntaxNode<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}@{:?}", self.kind(), self.range())
    }
}

/// Iterator over consecutive siblings.
pub struct Siblings<'a> {
    chunk: &'a Chunk,
    index: u32,
    end: u32,
}

impl<'a> Iterator for Siblings<'a> {
    type Item = SyntaxNode<'a>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.index >= self.end {
            return None;
        }
        let node = SyntaxNode {
            chunk: self.chunk,
            index: self.index,
        };
        self.index = self.chunk.nodes[self.index as usize].next;
        Some(node)
    }
}

/// The parse of one file: its chunks, in order, tiling the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parse {
    pub(crate) chunks: Vec<Chunk>,
}

impl Parse {
    pub fn chunks(&self) -> &[Chunk] {
        &self.chunks
    }

    /// Every syntax error, with absolute spans, in file order.
    pub fn errors(&self) -> impl Iterator<Item = SyntaxError> + '_ {
        self.chunks.iter().flat_map(Chunk::errors)
    }

    /// An indented outline of the tree, for tests and `--debug` output.
    pub fn dump(&self, source: &str) -> String {
        let mut out = String::new();
        for chunk in &self.chunks {
            out.push_str(&format!("{:?}@{:?}\n", chunk.kind, chunk.range()));
            for line in chunk.lines() {
                dump_node(line, source, 1, &mut out);
            }
            for error in chunk.errors() {
                out.push_str(&format!("  ! {:?} {:?}\n", error.range, error.kind));
            }
        }
        out
    }
}

fn dump_node(node: SyntaxNode<'_>, source: &str, depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    let mut children = node.children().peekable();
    if children.peek().is_none() {
        out.push_str(&format!(
            "{indent}{:?}@{:?} {:?}\n",
            node.kind(),
            node.range(),
            node.text(source)
        ));
    } else {
        out.push_str(&format!("{indent}{:?}@{:?}\n", node.kind(), node.range()));
        for child in children {
            dump_node(child, source, depth + 1, out);
        }
    }
}
