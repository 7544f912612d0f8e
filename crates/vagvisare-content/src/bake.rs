//! Writes a validated model value as a Rust constant expression, so `build.rs` can embed the content as
//! `static` data that costs nothing at start-up.
//!
//! It is a `serde::Serializer`: the model's `#[derive(Serialize)]` already names every struct, field and
//! variant, so there is no hand-kept field list to drift from the types. The mapping relies on how the
//! model is built (and [`tests`] check it on every kind of value the model uses):
//! - a string is always a [`crate::model::Text`] → `Cow::Borrowed("…")`;
//! - a sequence is always a [`crate::model::List`] → `Cow::Borrowed(&[…])`;
//! - structs and enums live in `crate::model` under the name serde reports (so the model uses no
//!   `#[serde(rename)]`);
//! - integers are written without a suffix, so the field's type decides (a `usize` is serialised as
//!   `u64`).
//!
//! Maps, floats, chars and byte strings do not occur in the model and are refused with an error.

use std::fmt::{self, Display, Write as _};

use serde::ser::{self, Serialize};

/// The path under which the generated code finds the model's types.
const MODEL: &str = "crate::model::";

/// Why a value could not be baked.
#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

/// `value` as a Rust expression that constructs it from `crate::model` types.
pub fn to_rust<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut baker = Baker { out: String::new() };
    value.serialize(&mut baker)?;
    Ok(baker.out)
}

/// The serializer: accumulates Rust source.
pub struct Baker {
    out: String,
}

impl Baker {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }
    fn literal(&mut self, v: impl Display) -> Result<(), Error> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn compound(&mut self, open: &str, close: &'static str) -> Compound<'_> {
        self.push(open);
        Compound {
            baker: self,
            close,
            first: true,
        }
    }
}

fn unsupported(what: &str) -> Error {
    Error(format!("the model has no {what}; cannot bake it"))
}

/// Writes the elements of a list, a tuple or the fields of a struct, then the closing text.
pub struct Compound<'b> {
    baker: &'b mut Baker,
    close: &'static str,
    first: bool,
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, field: Option<&str>, v: &T) -> Result<(), Error> {
        if !self.first {
            self.baker.push(",");
        }
        self.first = false;
        if let Some(name) = field {
            self.baker.push(name);
            self.baker.push(": ");
        }
        v.serialize(&mut *self.baker)
    }
    fn finish(self) -> Result<(), Error> {
        self.baker.push(self.close);
        Ok(())
    }
}

impl<'b> ser::Serializer for &'b mut Baker {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'b>;
    type SerializeTuple = Compound<'b>;
    type SerializeTupleStruct = Compound<'b>;
    type SerializeTupleVariant = Compound<'b>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Compound<'b>;
    type SerializeStructVariant = Compound<'b>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.literal(v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.literal(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.literal(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.literal(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.literal(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.literal(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.literal(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.literal(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.literal(v)
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(unsupported("float"))
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(unsupported("float"))
    }
    fn serialize_char(self, _: char) -> Result<(), Error> {
        Err(unsupported("char"))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        // `str`'s Debug form is a valid Rust string literal.
        let _ = write!(self.out, "::std::borrow::Cow::Borrowed({v:?})");
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(unsupported("byte string"))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.push("None");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        let mut c = self.compound("Some(", ")");
        c.element(None, value)?;
        c.finish()
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.push("()");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Error> {
        let _ = write!(self.out, "{MODEL}{name}");
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        let _ = write!(self.out, "{MODEL}{name}::{variant}");
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut c = self.compound(&format!("{MODEL}{name}("), ")");
        c.element(None, value)?;
        c.finish()
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut c = self.compound(&format!("{MODEL}{name}::{variant}("), ")");
        c.element(None, value)?;
        c.finish()
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'b>, Error> {
        // Every sequence of the model is a `List<T>`: a slice borrowed from the binary.
        Ok(self.compound("::std::borrow::Cow::Borrowed(&[", "])"))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'b>, Error> {
        Ok(self.compound("(", ")"))
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        _len: usize,
    ) -> Result<Compound<'b>, Error> {
        Ok(self.compound(&format!("{MODEL}{name}("), ")"))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'b>, Error> {
        Ok(self.compound(&format!("{MODEL}{name}::{variant}("), ")"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("map"))
    }
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Compound<'b>, Error> {
        Ok(self.compound(&format!("{MODEL}{name} {{"), "}"))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'b>, Error> {
        Ok(self.compound(&format!("{MODEL}{name}::{variant} {{"), "}"))
    }
}

macro_rules! elements {
    ($($t:ident :: $f:ident),*) => { $(impl ser::$t for Compound<'_> {
        type Ok = ();
        type Error = Error;
        fn $f<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
            self.element(None, v)
        }
        fn end(self) -> Result<(), Error> {
            self.finish()
        }
    })* };
}
elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

macro_rules! fields {
    ($($t:ident),*) => { $(impl ser::$t for Compound<'_> {
        type Ok = ();
        type Error = Error;
        fn serialize_field<T: Serialize + ?Sized>(
            &mut self,
            key: &'static str,
            v: &T,
        ) -> Result<(), Error> {
            self.element(Some(key), v)
        }
        fn end(self) -> Result<(), Error> {
            self.finish()
        }
    })* };
}
fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AsOf, Condition, Date, Op, StepKind};
    use std::borrow::Cow;

    #[test]
    fn bakes_every_shape_the_model_uses() {
        let cond = Condition {
            source: Cow::Borrowed("a == \"ja\""),
            ops: Cow::Owned(vec![
                Op::Test {
                    question: 2,
                    mask: 1,
                },
                Op::Not,
            ]),
        };
        assert_eq!(
            to_rust(&cond).ok().as_deref(),
            Some(
                "crate::model::Condition {source: ::std::borrow::Cow::Borrowed(\"a == \\\"ja\\\"\"),\
                 ops: ::std::borrow::Cow::Borrowed(&[crate::model::Op::Test {question: 2,mask: 1},\
                 crate::model::Op::Not])}"
            )
        );
        let d = AsOf::Date(Date {
            year: 2022,
            month: 10,
            day: 6,
        });
        assert_eq!(
            to_rust(&d).ok().as_deref(),
            Some("crate::model::AsOf::Date(crate::model::Date {year: 2022,month: 10,day: 6})")
        );
        assert_eq!(
            to_rust(&Some(StepKind::Track)).ok().as_deref(),
            Some("Some(crate::model::StepKind::Track)")
        );
        assert_eq!(to_rust(&None::<u8>).ok().as_deref(), Some("None"));
    }

    #[test]
    fn refuses_what_the_model_never_holds() {
        assert!(to_rust(&1.5f64).is_err());
        let mut map = std::collections::BTreeMap::new();
        map.insert(1, 2);
        assert!(to_rust(&map).is_err());
    }
}
