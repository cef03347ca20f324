#!/usr/bin/env python3
"""Rewrites rule files written in the old form, `pub const CODE: Code = Code
{ … }` with `Text { en, fr }` prose and `\\n`-laden examples, into the
`declare_rule!` form, and adds their prose to locales/{en,fr}/rules.ftl.

For branches started before the rules were declared with `declare_rule!`:
after merging one, run `python3 scripts/declare-rule.py` (every file under
src/rules/*/ and src/diagnostic/codes/ still in the old form is converted),
then `cargo test --test rules --test docs`. Only the `CODE` declaration and
the `use crate::diagnostic::…` line change; checks and tests are left alone.
A code already in rules.ftl is refused (merge by hand).
"""

import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILIES = ['structure', 'specific', 'measurable', 'achievable', 'relevant',
            'time_bound', 'okr', 'review']
GROUPS = {  # the `##` heading of each family in rules.ftl, en and fr
    'structure': ('structure', 'structure'),
    'specific': ('S — specific', 'S — spécifique'),
    'measurable': ('M — measurable', 'M — mesurable'),
    'achievable': ('A — achievable', 'A — atteignable'),
    'relevant': ('R — relevant', 'R — pertinent'),
    'time_bound': ('T — time-bound', 'T — temporel'),
    'okr': ('OKR shape', 'forme des OKR'),
    'review': ('review', 'suivi'),
}
INVISIBLE = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0x200E, 0x200F, 0xFEFF}


def literal(s, i):
    """The Rust string literal at s[i] (a `"`), unescaped, and where it ends."""
    assert s[i] == '"', s[i:i + 30]
    i += 1
    out = []
    while s[i] != '"':
        c = s[i]
        if c != '\\':
            out.append(c)
            i += 1
            continue
        n = s[i + 1]
        if n == 'u':
            j = s.index('}', i)
            out.append(chr(int(s[i + 3:j], 16)))
            i = j + 1
        elif n == '\n':
            i += 2
            while s[i] in ' \t\n':
                i += 1
        else:
            out.append({'n': '\n', 't': '\t', '"': '"', "'": "'", '\\': '\\'}[n])
            i += 2
    return ''.join(out), i + 1


def text_field(block, name):
    m = re.search(r'\b' + name + r': Text \{\s*en: ', block)
    en, j = literal(block, m.end())
    m = re.compile(r',\s*fr: ').match(block, j)
    return en, literal(block, m.end())[0]


def plain_field(block, name):
    m = re.search(r'\n    ' + name + r': ', block)
    return literal(block, m.end())[0]


def doc_line(line):
    if any(ord(c) < 32 or ord(c) in INVISIBLE for c in line) or line != line.rstrip():
        escaped = ''.join(
            '\\"' if c == '"' else '\\\\' if c == '\\'
            else '\\u{%04X}' % ord(c) if ord(c) < 32 or ord(c) in INVISIBLE else c
            for c in line)
        return '    #[doc = " ' + escaped + '"]'
    return '    ///' + (' ' + line if line else '')


def ftl_value(text):
    if '{' in text or '}' in text:
        sys.exit('braces need escaping in Fluent: ' + text)
    if '\n' not in text:
        return ' ' + text
    lines = []
    for line in text.split('\n'):
        if line.startswith(('[', '*', '.')):
            sys.exit('a Fluent line cannot start with [, * or .: ' + line)
        lines.append('    ' + line if line else '')
    return '\n' + '\n'.join(lines)


def convert(path):
    source = open(path).read()
    start = source.find('pub const CODE: Code = Code {')
    if start < 0:
        return None
    end = source.index('\n};\n', start) + 4
    block = source[start:end]
    code = plain_field(block, 'code')
    name = plain_field(block, 'name')
    for lang in ('en', 'fr'):
        if 'rule-%s-summary' % code in open(os.path.join(ROOT, 'locales', lang, 'rules.ftl')).read():
            sys.exit('%s is already in locales/%s/rules.ftl: merge it by hand' % (code, lang))
    family = re.search(r'family: Family::(\w+)', block).group(1)
    severity = re.search(r'severity: Severity::(\w+)', block).group(1)
    prose = [text_field(block, part) for part in ('summary', 'what', 'why')]
    bad, good = plain_field(block, 'bad'), plain_field(block, 'good')
    doc = []
    for heading, example in (('Example that triggers it', bad), ('Fixed', good)):
        if example:
            doc += ([''] if doc else []) + ['## ' + heading, '', '```goals']
            doc += example.rstrip('\n').split('\n') + ['```']
    new = '\n'.join(['declare_rule! {'] + [doc_line(l) for l in doc] + [
        '    code: %s,' % code, '    name: "%s",' % name,
        '    family: %s,' % family, '    severity: %s,' % severity, '}']) + '\n'
    source = source[:start] + new + source[end:]
    # The diagnostic imports the declaration no longer needs.
    m = re.search(r'use crate::diagnostic::\{([^}]*)\};\n|use crate::diagnostic::(\w+);\n', source)
    if m:
        names = [n.strip() for n in (m.group(1) or m.group(2)).split(',') if n.strip()]
        rest = (source[:m.start()] + source[m.end():]).replace(new, '')
        keep = [n for n in names if re.search(r'\b' + n + r'\b', rest)] + ['declare_rule']
        keep.sort(key=lambda n: (n[0].islower(), n))
        names = '{' + ', '.join(keep) + '}' if len(keep) > 1 else keep[0]
        source = source[:m.start()] + 'use crate::diagnostic::' + names + ';\n' + source[m.end():]
    open(path, 'w').write(source)
    folder = os.path.basename(os.path.dirname(path))
    return ('structure' if folder == 'codes' else folder), code, name, prose


def add_prose(lang, entries):
    path = os.path.join(ROOT, 'locales', lang, 'rules.ftl')
    text = open(path).read()
    index = 0 if lang == 'en' else 1
    for family, code, name, prose in entries:
        entry = '\n# %s %s\n' % (code, name) + ''.join(
            'rule-%s-%s =%s\n' % (code, part, ftl_value(texts[index]))
            for part, texts in zip(('summary', 'what', 'why'), prose))
        # At the end of the family's group: before the next group's heading.
        later = [GROUPS[f][index] for f in FAMILIES[FAMILIES.index(family) + 1:]]
        at = min([text.index('\n## ' + g + '\n') for g in later if '\n## ' + g + '\n' in text]
                 + [len(text)])
        text = text[:at].rstrip('\n') + '\n' + entry + text[at:]
    open(path, 'w').write(text)


def main():
    files = sorted(glob.glob(os.path.join(ROOT, 'src/rules/*/*.rs'))
                   + glob.glob(os.path.join(ROOT, 'src/diagnostic/codes/*.rs')))
    entries = [e for e in map(convert, files) if e]
    for lang in ('en', 'fr'):
        add_prose(lang, entries)
    for family, code, name, _ in entries:
        print('converted', code, name, '(%s)' % family)


if __name__ == '__main__':
    main()
