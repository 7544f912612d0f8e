//! The condition language of `when` fields, parsed once at load into a postfix [`Op`] program.
//!
//! ```text
//! expr   := and ('||' and)*
//! and    := unary ('&&' unary)*
//! unary  := '!' unary | '(' expr ')' | test
//! test   := QUESTION ('==' VALUE | '!=' VALUE | 'in' '[' VALUE (',' VALUE)* ']')
//! ```
//! Names are `[a-z0-9_]+`. Question ids and values are checked against the questions as we go.

use crate::model::{MAX_OPTIONS, Op};

/// How deeply `!` and parentheses may nest; keeps parsing and evaluation stack-bounded on any input.
pub const MAX_DEPTH: usize = 24;
/// Longest condition accepted, in bytes.
pub const MAX_LEN: usize = 2_000;

/// A question as the parser needs to know it: its id and its option values.
pub struct QuestionInfo<'a> {
    pub id: &'a str,
    pub values: Vec<&'a str>,
}

/// A parse error: byte offset into the condition and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub message: String,
}

/// Parses `src` into a postfix program over `questions`.
pub fn parse(src: &str, questions: &[QuestionInfo<'_>]) -> Result<Vec<Op>, ParseError> {
    if src.len() > MAX_LEN {
        return Err(ParseError {
            offset: 0,
            message: format!("condition longer than {MAX_LEN} bytes"),
        });
    }
    let tokens = tokenize(src)?;
    let mut p = Parser {
        tokens,
        pos: 0,
        questions,
        ops: Vec::new(),
        end: src.len(),
    };
    if p.tokens.is_empty() {
        return Err(ParseError {
            offset: 0,
            message: "empty condition".into(),
        });
    }
    p.expr(0)?;
    if let Some(t) = p.tokens.get(p.pos) {
        return Err(p.err(
            t.offset,
            format!("unexpected `{}` after a complete condition", t.kind),
        ));
    }
    Ok(p.ops)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Name(String),
    Eq,
    Ne,
    In,
    And,
    Or,
    Not,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = match self {
            Kind::Name(n) => n.as_str(),
            Kind::Eq => "==",
            Kind::Ne => "!=",
            Kind::In => "in",
            Kind::And => "&&",
            Kind::Or => "||",
            Kind::Not => "!",
            Kind::LParen => "(",
            Kind::RParen => ")",
            Kind::LBracket => "[",
            Kind::RBracket => "]",
            Kind::Comma => ",",
        };
        f.write_str(s)
    }
}

struct Token {
    kind: Kind,
    offset: usize,
}

fn tokenize(src: &str) -> Result<Vec<Token>, ParseError> {
    let mut out = Vec::new();
    let mut it = src.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let two = |it: &mut std::iter::Peekable<std::str::CharIndices<'_>>, next: char| {
            if it.peek().map(|&(_, n)| n) == Some(next) {
                it.next();
                true
            } else {
                false
            }
        };
        let kind = match c {
            ' ' | '\t' | '\n' | '\r' => continue,
            '(' => Kind::LParen,
            ')' => Kind::RParen,
            '[' => Kind::LBracket,
            ']' => Kind::RBracket,
            ',' => Kind::Comma,
            '=' if two(&mut it, '=') => Kind::Eq,
            '!' if two(&mut it, '=') => Kind::Ne,
            '!' => Kind::Not,
            '&' if two(&mut it, '&') => Kind::And,
            '|' if two(&mut it, '|') => Kind::Or,
            c if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' => {
                let mut end = i + c.len_utf8();
                while let Some(&(j, n)) = it.peek() {
                    if n.is_ascii_lowercase() || n.is_ascii_digit() || n == '_' {
                        end = j + n.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                }
                let word = &src[i..end];
                if word == "in" {
                    Kind::In
                } else {
                    Kind::Name(word.to_string())
                }
            }
            '=' => {
                return Err(ParseError {
                    offset: i,
                    message: "`=` is not an operator; write `==`".into(),
                });
            }
            '&' => {
                return Err(ParseError {
                    offset: i,
                    message: "`&` is not an operator; write `&&`".into(),
                });
            }
            '|' => {
                return Err(ParseError {
                    offset: i,
                    message: "`|` is not an operator; write `||`".into(),
                });
            }
            other => {
                return Err(ParseError {
                    offset: i,
                    message: format!(
                        "unexpected character `{other}` (names are lowercase a-z, 0-9 and _)"
                    ),
                });
            }
        };
        out.push(Token { kind, offset: i });
    }
    Ok(out)
}

struct Parser<'q, 'a> {
    tokens: Vec<Token>,
    pos: usize,
    questions: &'q [QuestionInfo<'a>],
    ops: Vec<Op>,
    end: usize,
}

impl Parser<'_, '_> {
    fn err(&self, offset: usize, message: String) -> ParseError {
        ParseError { offset, message }
    }

    fn peek(&self) -> Option<&Kind> {
        self.tokens.get(self.pos).map(|t| &t.kind)
    }

    fn offset(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |t| t.offset)
    }

    fn expect(&mut self, want: Kind, what: &str) -> Result<usize, ParseError> {
        let offset = self.offset();
        match self.peek() {
            Some(k) if *k == want => {
                self.pos += 1;
                Ok(offset)
            }
            Some(k) => Err(self.err(offset, format!("expected {what}, found `{k}`"))),
            None => Err(self.err(offset, format!("expected {what}, found the end"))),
        }
    }

    fn name(&mut self, what: &str) -> Result<(String, usize), ParseError> {
        let offset = self.offset();
        match self.peek().cloned() {
            Some(Kind::Name(n)) => {
                self.pos += 1;
                Ok((n, offset))
            }
            Some(k) => Err(self.err(offset, format!("expected {what}, found `{k}`"))),
            None => Err(self.err(offset, format!("expected {what}, found the end"))),
        }
    }

    fn expr(&mut self, depth: usize) -> Result<(), ParseError> {
        self.and(depth)?;
        while self.peek() == Some(&Kind::Or) {
            self.pos += 1;
            self.and(depth)?;
            self.ops.push(Op::Or);
        }
        Ok(())
    }

    fn and(&mut self, depth: usize) -> Result<(), ParseError> {
        self.unary(depth)?;
        while self.peek() == Some(&Kind::And) {
            self.pos += 1;
            self.unary(depth)?;
            self.ops.push(Op::And);
        }
        Ok(())
    }

    fn unary(&mut self, depth: usize) -> Result<(), ParseError> {
        if depth >= MAX_DEPTH {
            return Err(self.err(
                self.offset(),
                format!("nested deeper than {MAX_DEPTH} levels"),
            ));
        }
        match self.peek() {
            Some(Kind::Not) => {
                self.pos += 1;
                self.unary(depth + 1)?;
                self.ops.push(Op::Not);
                Ok(())
            }
            Some(Kind::LParen) => {
                self.pos += 1;
                self.expr(depth + 1)?;
                self.expect(Kind::RParen, "`)`")?;
                Ok(())
            }
            _ => self.test(),
        }
    }

    fn test(&mut self) -> Result<(), ParseError> {
        let (qid, q_off) = self.name("a question id")?;
        let Some((qix, q)) = self.questions.iter().enumerate().find(|(_, q)| q.id == qid) else {
            let known: Vec<&str> = self.questions.iter().map(|q| q.id).collect();
            return Err(self.err(
                q_off,
                format!("unknown question `{qid}` (known: {})", known.join(", ")),
            ));
        };
        let question =
            u16::try_from(qix).map_err(|_| self.err(q_off, "too many questions".into()))?;
        let op_off = self.offset();
        let (negate, values) = match self.peek() {
            Some(Kind::Eq) | Some(Kind::Ne) => {
                let negate = self.peek() == Some(&Kind::Ne);
                self.pos += 1;
                (negate, vec![self.name("a value")?])
            }
            Some(Kind::In) => {
                self.pos += 1;
                self.expect(Kind::LBracket, "`[`")?;
                let mut values = vec![self.name("a value")?];
                while self.peek() == Some(&Kind::Comma) {
                    self.pos += 1;
                    values.push(self.name("a value")?);
                }
                self.expect(Kind::RBracket, "`]` or `,`")?;
                (false, values)
            }
            Some(k) => {
                return Err(self.err(
                    op_off,
                    format!("expected `==`, `!=` or `in` after `{qid}`, found `{k}`"),
                ));
            }
            None => {
                return Err(self.err(op_off, format!("expected `==`, `!=` or `in` after `{qid}`")));
            }
        };
        let mut mask = 0u32;
        for (value, v_off) in values {
            match q.values.iter().position(|v| *v == value) {
                Some(i) if i < MAX_OPTIONS => mask |= 1 << i,
                _ => {
                    return Err(self.err(
                        v_off,
                        format!(
                            "`{value}` is not a value of `{qid}` (allowed: {})",
                            q.values.join(", ")
                        ),
                    ));
                }
            }
        }
        self.ops.push(Op::Test { question, mask });
        if negate {
            self.ops.push(Op::Not);
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "condition_tests.rs"]
mod tests;
