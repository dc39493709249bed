//! A guest written the way wit-bindgen's users write it for a world whose
//! types are called `option` and `result` (cases `none`, `some`, `ok`,
//! `err`): the WIT names stay, the prelude's types are spelled in full.

mod prelude_names;

use prelude_names::exports::test::prelude_names::api::{Answer, Guest, Option, Result};
use prelude_names::test::prelude_names::api as host;

pub struct Component;

prelude_names::export!(Component with_types_in prelude_names);

impl Guest for Component {
    fn flip(x: Option) -> Result {
        match x {
            Option::None => Result::Err("none".to_string()),
            Option::Some(n) => match host::flip(host::Option::Some(n)) {
                host::Result::Ok(m) => Result::Ok(m),
                host::Result::Err(e) => Result::Err(e),
            },
        }
    }

    fn check(
        x: ::core::option::Option<Option>,
        y: ::core::result::Result<Result, Answer>,
    ) -> ::core::result::Result<Answer, String> {
        match (x, y) {
            (None, Ok(_)) => Ok(Answer::None),
            (Some(Option::Some(_)), Ok(Result::Ok(_))) => Ok(Answer::Some),
            (Some(Option::None), Ok(Result::Err(e))) => Err(e),
            (Some(_), Ok(_)) => Ok(Answer::Ok),
            (_, Err(answer)) => Ok(match answer {
                Answer::None | Answer::Some => Answer::Err,
                Answer::Ok | Answer::Err => answer,
            }),
        }
    }
}
