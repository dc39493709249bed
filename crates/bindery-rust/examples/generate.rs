//! Generates Rust bindings without the CLI: `generate WIT OUT_DIR [WORLD]`.
//! Handy while another backend keeps the CLI from building.

use bindery_ir::{LoadOptions, build};
use bindery_kit::generate;
use bindery_rust::RustBackend;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, wit, out, rest @ ..] = args.as_slice() else {
        eprintln!("usage: generate WIT OUT_DIR [WORLD]");
        std::process::exit(2);
    };
    let options = LoadOptions {
        path: wit.into(),
        world: rest.first().cloned(),
        ..LoadOptions::default()
    };
    let result = build(&options).and_then(|ir| generate(&RustBackend::default(), &ir));
    match result.and_then(|files| files.write(std::path::Path::new(out)).map(|()| files)) {
        Ok(files) => {
            for (path, _) in files.iter() {
                println!("{out}/{path}");
            }
        }
        Err(err) => {
            eprintln!("error: {err}");
            std::process::exit(1);
        }
    }
}
