//! Options and results through the host and back.

mod bindings;

use bindings::exports::test::options_results::run::Guest;
use bindings::test::options_results::host;
use bindings::test::options_results::types::{Failure, Holder};

struct Component;

impl Guest for Component {
    fn roundtrip_option_u32(x: Option<u32>) -> Option<u32> {
        host::echo_option_u32(x)
    }
    fn roundtrip_option_string(x: Option<String>) -> Option<String> {
        host::echo_option_string(x.as_deref())
    }
    fn roundtrip_option_option(x: Option<Option<u32>>) -> Option<Option<u32>> {
        host::echo_option_option(x)
    }
    fn roundtrip_option_option_string(x: Option<Option<String>>) -> Option<Option<String>> {
        host::echo_option_option_string(x.as_ref().map(|o| o.as_deref()))
    }
    fn roundtrip_option_list(x: Option<Vec<u8>>) -> Option<Vec<u8>> {
        host::echo_option_list(x.as_deref())
    }
    fn roundtrip_result(x: Result<String, Failure>) -> Result<String, Failure> {
        host::echo_result(x.as_deref())
    }
    fn roundtrip_result_no_ok(x: Result<(), String>) -> Result<(), String> {
        host::echo_result_no_ok(x.as_ref().map(|_| ()).map_err(|e| e.as_str()))
    }
    fn roundtrip_result_no_err(x: Result<u64, ()>) -> Result<u64, ()> {
        host::echo_result_no_err(x)
    }
    fn roundtrip_result_empty(x: Result<(), ()>) -> Result<(), ()> {
        host::echo_result_empty(x)
    }
    fn roundtrip_result_f64_u8(x: Result<f64, u8>) -> Result<f64, u8> {
        host::echo_result_f64_u8(x)
    }
    fn roundtrip_result_lists(x: Result<Vec<String>, Vec<u8>>) -> Result<Vec<String>, Vec<u8>> {
        host::echo_result_lists(x.as_deref().map_err(|e| e.as_slice()))
    }
    fn roundtrip_option_result(x: Option<Result<u8, String>>) -> Option<Result<u8, String>> {
        host::echo_option_result(
            x.as_ref()
                .map(|r| r.as_ref().map(|v| *v).map_err(|e| e.as_str())),
        )
    }
    fn roundtrip_result_options(
        x: Result<Option<u8>, Option<String>>,
    ) -> Result<Option<u8>, Option<String>> {
        host::echo_result_options(x.as_ref().map(|v| *v).map_err(|e| e.as_deref()))
    }
    fn roundtrip_holder(x: Holder) -> Holder {
        host::echo_holder(&x)
    }
    fn roundtrip_option_f32(x: Option<f32>) -> Option<f32> {
        host::echo_option_f32(x)
    }
    fn roundtrip_option_f64(x: Option<f64>) -> Option<f64> {
        host::echo_option_f64(x)
    }
    fn roundtrip_option_char(x: Option<char>) -> Option<char> {
        host::echo_option_char(x)
    }
    fn roundtrip_result_f32_s64(x: Result<f32, i64>) -> Result<f32, i64> {
        host::echo_result_f32_s64(x)
    }
    fn roundtrip_result_char_f64(x: Result<char, f64>) -> Result<char, f64> {
        host::echo_result_char_f64(x)
    }
    fn parse_double(s: String) -> Result<u32, Failure> {
        match host::parse(&s) {
            Ok(n) => Ok(n * 2),
            Err(e) => Err(e),
        }
    }
}

bindings::export!(Component with_types_in bindings);
