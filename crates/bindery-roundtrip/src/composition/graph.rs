//! Runner + test → one component, in process, with wac-graph: the test is
//! instantiated, each interface the runner imports and the test exports
//! is passed to the runner's instantiation, and the runner's `run` is the
//! composition's export. What neither satisfies (WASI) stays an import of
//! the composition, for the host to provide.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context, Result, bail};
use wac_graph::types::{ItemKind, Package};
use wac_graph::{CompositionGraph, EncodeOptions};

/// The composed component's bytes.
pub fn compose(runner: &[u8], test: &[u8]) -> Result<Vec<u8>> {
    let mut graph = CompositionGraph::new();
    let runner = Package::from_bytes("runner", None, runner.to_vec(), graph.types_mut())
        .context("cannot read the runner component")?;
    let runner = graph.register_package(runner)?;
    let test = Package::from_bytes("test", None, test.to_vec(), graph.types_mut())
        .context("cannot read the test component")?;
    let test = graph.register_package(test)?;

    let runner_type = &graph.types()[graph[runner].ty()];
    let test_type = &graph.types()[graph[test].ty()];
    let wired: Vec<String> = runner_type
        .imports
        .keys()
        .filter(|name| test_type.exports.contains_key(*name))
        .cloned()
        .collect();
    if wired.is_empty() {
        bail!("the test component exports nothing the runner imports");
    }
    if !runner_type.exports.contains_key("run") {
        bail!("the runner component does not export `run`");
    }

    let test_instance = graph.instantiate(test);
    let runner_instance = graph.instantiate(runner);
    for name in &wired {
        let export = graph.alias_instance_export(test_instance, name)?;
        graph
            .set_instantiation_argument(runner_instance, name, export)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("the test's `{name}` does not fit the runner's import"))?;
    }
    let run = graph.alias_instance_export(runner_instance, "run")?;
    graph.export(run, "run")?;
    graph
        .encode(EncodeOptions::default())
        .context("cannot encode the composition")
}

/// The functions a component imports from each instance it imports, by
/// the instance's name.
pub fn imported_functions(component: &[u8]) -> Result<BTreeMap<String, BTreeSet<String>>> {
    let mut graph = CompositionGraph::new();
    let package = Package::from_bytes("component", None, component.to_vec(), graph.types_mut())?;
    let types = graph.types();
    let world = &types[package.ty()];
    let mut imports = BTreeMap::new();
    for (name, kind) in &world.imports {
        let ItemKind::Instance(instance) = kind else {
            continue;
        };
        let functions = types[*instance]
            .exports
            .iter()
            .filter(|(_, kind)| matches!(kind, ItemKind::Func(_)))
            .map(|(name, _)| name.clone())
            .collect();
        imports.insert(name.clone(), functions);
    }
    Ok(imports)
}
