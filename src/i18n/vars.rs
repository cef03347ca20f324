//! What each message of a set of Fluent files needs: the variables it
//! reads, those of the messages it references included. Shared by
//! `build.rs` (which turns them into the typed arguments of `msg!`) and
//! the catalogue's tests (which compare the languages), so both read the
//! files the same way.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

/// Message id → the variables it reads. Terms (`-brand`) are not listed:
/// code never names them. An error names the file and what is wrong.
pub fn message_vars(files: &[(&str, &str)]) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let mut direct: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for (name, source) in files {
        let resource = fluent_syntax::parser::parse(*source).map_err(|(_, errors)| {
            let first = &errors[0];
            let line = source[..first.pos.start.min(source.len())]
                .matches('\n')
                .count()
                + 1;
            format!("{name}:{line}: {:?}", first.kind)
        })?;
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut found = Found::default();
                if let Some(value) = &message.value {
                    found.pattern(value);
                }
                for attribute in &message.attributes {
                    found.pattern(&attribute.value);
                }
                let id = message.id.name.to_string();
                if direct
                    .insert(id.clone(), (found.vars, found.messages))
                    .is_some()
                {
                    return Err(format!("{name}: message `{id}` is defined twice"));
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for id in direct.keys() {
        let mut vars = BTreeSet::new();
        let mut seen = BTreeSet::new();
        let mut todo = vec![id.clone()];
        while let Some(next) = todo.pop() {
            if !seen.insert(next.clone()) {
                continue;
            }
            match direct.get(&next) {
                Some((own, refs)) => {
                    vars.extend(own.iter().cloned());
                    todo.extend(refs.iter().cloned());
                }
                None => return Err(format!("`{id}` references `{next}`, which no file defines")),
            }
        }
        out.insert(id.clone(), vars);
    }
    Ok(out)
}

/// The variables and message references met in a pattern.
#[derive(Default)]
struct Found {
    vars: BTreeSet<String>,
    messages: BTreeSet<String>,
}

impl Found {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                self.vars.insert(id.name.to_string());
            }
            ast::InlineExpression::MessageReference { id, .. } => {
                self.messages.insert(id.name.to_string());
            }
            // A term's own variables are bound by its call's arguments; only
            // what the arguments read belongs to the message.
            ast::InlineExpression::TermReference { arguments, .. } => {
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for value in &arguments.positional {
            self.inline(value);
        }
        for named in &arguments.named {
            self.inline(&named.value);
        }
    }
}
