//! The analysis behind the views: every C type the world needs with its
//! name, the converters each IR codec needs on each side, and the names of
//! functions and helpers. Views (`types`, `codecs`, `functions`,
//! `resources`) read this; nothing here prints C.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use bindery_ir::{
    CodecIndex, Error, Function, Ir, Item, Ownership, Type, TypeIndex, TypeKind, WorldItem,
};

use crate::naming::{Allocator, Naming};
use crate::walk::{ItemScope, Reached, Side, Sides};

/// A C type: an IR type on a side.
pub type Key = (TypeIndex, Side);
/// The converters of one IR codec on one side.
pub type CodecKey = (CodecIndex, Side);

/// A conversion between C values and flat core values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Op {
    /// C value → flat core values (import arguments, export results).
    Lower,
    /// Flat core values → C value (export arguments, import results).
    Lift,
}

pub struct TypeEntry {
    /// The C spelling (`ns_pkg_iface_point_t`).
    pub name: String,
    /// The public `_free` function, for types that own memory.
    pub free: Option<String>,
    /// A `_free` that does nothing, for options, results and variants that
    /// own no memory: wit-bindgen gives each of them one, and code written
    /// for it calls them. The glue never does.
    pub noop_free: Option<String>,
    /// The converters behind values of this type (none for resources and
    /// aliases, which use their target's).
    pub codec: Option<CodecKey>,
}

pub struct CodecEntry {
    /// The first C type with this codec: it holds the definition; other
    /// names for the same codec are typedefs of it.
    pub first: Key,
    pub name: String,
    pub lower: bool,
    pub lift: bool,
    /// Whether a post-return releases values of this codec (directly or
    /// inside another), so its release is written.
    pub release: bool,
}

/// The C names around one resource on one side.
pub struct ResourceNames {
    /// `ns_r_t`: the guest's own struct for an exported resource.
    pub rep: String,
    pub own: String,
    pub borrow: String,
    pub drop_own: String,
    pub drop_borrow: String,
    /// `ns_borrow_r`: own handle → borrow handle (imports).
    pub borrow_fn: String,
    pub new: String,
    pub rep_fn: String,
    pub destructor: String,
}

/// Converter names of a type (see [`Model::converters`]).
pub struct Converters {
    pub lower: String,
    pub lift: String,
    pub free: Option<String>,
    pub release: Option<String>,
}

/// The string release (see [`Model::release_of`]).
pub const RELEASE_STRING: &str = "__bindery_release_string";

/// How a type reference converts: as a primitive or through a codec.
pub enum Target {
    Primitive(Type),
    Codec(CodecKey),
}

pub struct Model<'a> {
    pub ir: &'a Ir,
    pub naming: Naming<'a>,
    pub sides: Sides<'a>,
    /// Imports then exports, in world order.
    pub scopes: Vec<ItemScope<'a>>,
    pub types: BTreeMap<Key, TypeEntry>,
    pub codecs: BTreeMap<CodecKey, CodecEntry>,
    pub resources: BTreeMap<Key, ResourceNames>,
    /// The C name of each function, by scope and position.
    pub functions: Vec<Vec<String>>,
    /// The entry struct of each map codec.
    pub entries: BTreeMap<CodecKey, String>,
    /// Each further C name of a map type (a typedef of its codec's type)
    /// with the `<name>_entry_t` typedef that goes with it, as wit-bindgen
    /// gives every map type its own entry type.
    pub entry_aliases: BTreeMap<String, String>,
    /// The own and borrow handle names of each alias of a resource
    /// (`ns_own_counter_alias_t`), typedefs of the resource's.
    pub alias_handles: BTreeMap<Key, (String, String)>,
    /// Further names of anonymous types, one per other item using them
    /// (`exports_ns_pkg_run_result_void_string_t` beside
    /// `ns_pkg_host_result_void_string_t`), with their `_free`.
    pub scope_names: BTreeMap<(Key, String), (String, Option<String>)>,
    pub uses_string: bool,
    /// Whether a post-return releases strings.
    pub releases_string: bool,
    /// `--string-encoding utf16`: strings hold `uint16_t` code units.
    pub utf16: bool,
    /// Primitive converters used, by WIT name.
    pub primitives: BTreeSet<(&'static str, Op)>,
    pub alloc: Allocator,
}

/// Whether a type gets a `_free` that does nothing ([`TypeEntry::noop_free`]):
/// an option, result or variant that owns no memory, and, as wit-bindgen
/// frees them field by field, a record or tuple holding one.
fn frees_nothing(ir: &Ir, def: &bindery_ir::TypeDef) -> bool {
    let has_free = |ty: Type| match ir.unalias(ty) {
        Type::Id(index) => ir.def(index).info.owns_memory || frees_nothing(ir, ir.def(index)),
        _ => false,
    };
    !def.info.owns_memory
        && match &def.kind {
            TypeKind::Option { .. } | TypeKind::Result { .. } | TypeKind::Variant { .. } => true,
            TypeKind::Record { fields } => fields.iter().any(|field| has_free(field.ty)),
            TypeKind::Tuple { types, .. } => types.iter().copied().any(has_free),
            _ => false,
        }
}

/// The functions of a world item.
pub fn item_functions(item: &WorldItem) -> Vec<&Function> {
    match &item.item {
        Item::Interface { functions, .. } => functions.iter().collect(),
        Item::Function { function } => vec![function],
        Item::Type { .. } => Vec::new(),
    }
}

impl<'a> Model<'a> {
    pub fn new(ir: &'a Ir, options: &crate::Options) -> Result<Self, Error> {
        let naming = Naming::new(ir, options)?;
        let sides = Sides::new(ir);
        let mut scopes = Vec::new();
        for (side, items) in [(Side::Import, &ir.imports), (Side::Export, &ir.exports)] {
            for item in items {
                let namespace = match item.item {
                    Item::Interface { interface, .. } => naming.interface(interface, side),
                    _ => naming.world.clone(),
                };
                scopes.push(ItemScope {
                    side,
                    namespace,
                    item,
                });
            }
        }
        let reached = Reached::collect(ir, &sides, &scopes);
        let mut model = Model {
            ir,
            naming,
            sides,
            scopes,
            types: BTreeMap::new(),
            codecs: BTreeMap::new(),
            resources: BTreeMap::new(),
            functions: Vec::new(),
            entries: BTreeMap::new(),
            entry_aliases: BTreeMap::new(),
            alias_handles: BTreeMap::new(),
            scope_names: BTreeMap::new(),
            utf16: options.string_encoding == crate::StringEncoding::Utf16,
            // The error-context API speaks strings.
            uses_string: reached.uses_string
                || ir
                    .async_world
                    .as_ref()
                    .is_some_and(|w| w.host_features.error_context),
            releases_string: false,
            primitives: BTreeSet::new(),
            alloc: Allocator::default(),
        };
        if model.uses_string {
            let world = model.naming.world.clone();
            model.alloc.claim(&model.naming.string_type());
            for helper in ["set", "dup", "free"] {
                model.alloc.claim(&format!("{world}_string_{helper}"));
            }
        }
        model.name_types(&reached)?;
        model.name_functions();
        model.name_helpers();
        model.mark_roots();
        model.mark_releases();
        Ok(model)
    }

    /// The C spelling of a type reference used from `side`.
    pub fn type_name(&self, ty: Type, side: Side) -> String {
        match ty {
            Type::Id(index) => self.types[&self.key(index, side)].name.clone(),
            other => self.naming.primitive(other),
        }
    }

    pub fn key(&self, index: TypeIndex, side: Side) -> Key {
        (index, self.sides.of(index, side))
    }

    /// What converts values of a type used from `side`.
    pub fn target(&self, ty: Type, side: Side) -> Target {
        let Type::Id(index) = ty else {
            return Target::Primitive(ty);
        };
        let key = self.key(index, side);
        match (&self.ir.def(index).kind, self.types[&key].codec) {
            (TypeKind::Alias { target }, _) => self.target(*target, key.1),
            (_, Some(codec)) => Target::Codec(codec),
            // Resources are never values; keep a total function.
            (_, None) => Target::Primitive(Type::U32),
        }
    }

    /// The names of the flat converters of a type used from `side`, and of
    /// its `_free` function if it owns memory.
    pub fn converters(&self, ty: Type, side: Side) -> Converters {
        match self.target(ty, side) {
            Target::Primitive(p) => {
                let name = crate::codecs::primitive_name(p);
                Converters {
                    lower: format!("__bindery_lower_{name}"),
                    lift: format!("__bindery_lift_{name}"),
                    free: (p == Type::String).then(|| format!("{}_string_free", self.naming.world)),
                    release: (p == Type::String && self.releases_string)
                        .then(|| RELEASE_STRING.to_string()),
                }
            }
            Target::Codec(codec) => {
                let entry = &self.codecs[&codec];
                let base = entry.name.strip_suffix("_t").unwrap_or(&entry.name);
                Converters {
                    lower: format!("__bindery_lower_{base}"),
                    lift: format!("__bindery_lift_{base}"),
                    free: self.types[&entry.first].free.clone(),
                    release: self.codec_release(codec),
                }
            }
        }
    }

    /// The release of a type used from `side`, if it owns memory: what its
    /// `_free` does, without emptying the value afterwards. Post-returns
    /// call it (nothing reads their values again), and so do releases of
    /// the types holding this one.
    pub fn release_of(&self, ty: Type, side: Side) -> Option<String> {
        self.converters(ty, side).release
    }

    /// The release of a codec's C type (`__bindery_release_<type>`), if the
    /// type owns memory.
    pub fn codec_release(&self, codec: CodecKey) -> Option<String> {
        let entry = &self.codecs[&codec];
        if !entry.release {
            return None;
        }
        self.types[&entry.first].free.as_ref()?;
        let base = entry.name.strip_suffix("_t").unwrap_or(&entry.name);
        Some(format!("__bindery_release_{base}"))
    }

    /// The `_free` function of a type used from `side`, if it owns memory.
    pub fn free_of(&self, ty: Type, side: Side) -> Option<String> {
        match ty {
            Type::String => Some(format!("{}_string_free", self.naming.world)),
            Type::Id(index) => self.types[&self.key(index, side)].free.clone(),
            _ => None,
        }
    }

    /// The entry struct of the map type `key`.
    pub fn map_entry(&self, key: Key) -> String {
        self.types[&key]
            .codec
            .and_then(|codec| self.entries.get(&codec))
            .cloned()
            .unwrap_or_default()
    }

    /// The resource behind a handle's `resource` field, and its side.
    pub fn resource_key(&self, resource: TypeIndex, side: Side) -> Key {
        let key = self.key(resource, side);
        match self.ir.def(resource).kind {
            TypeKind::Alias {
                target: Type::Id(target),
            } => self.resource_key(target, key.1),
            _ => key,
        }
    }

    /// Names every reached type: named types first so that they keep their
    /// wit-bindgen spelling, then anonymous ones.
    fn name_types(&mut self, reached: &Reached) -> Result<(), Error> {
        for (&(index, side), _) in reached.keys.iter() {
            let def = self.ir.def(index);
            let Some(wit_name) = &def.name else { continue };
            let namespace = self.naming.owner(def.owner, side);
            let base = format!("{namespace}_{}", Naming::snake(wit_name));
            let name = match def.kind {
                TypeKind::Resource => {
                    let names = self.resource_names(&namespace, wit_name);
                    let rep = names.rep.clone();
                    self.resources.insert((index, side), names);
                    rep
                }
                // An alias of a resource is no value type: only handles to
                // it are, and they are named below. As in wit-bindgen, the
                // alias gets own and borrow names of its own.
                TypeKind::Alias { target } if is_resource(self.ir, target) => {
                    let own = self
                        .alloc
                        .claim_type(&format!("{namespace}_own_{}", Naming::snake(wit_name)));
                    let borrow = self
                        .alloc
                        .claim_type(&format!("{namespace}_borrow_{}", Naming::snake(wit_name)));
                    self.alias_handles.insert((index, side), (own, borrow));
                    format!("{base}_t")
                }
                _ => self.alloc.claim_type(&base),
            };
            self.insert_type((index, side), name);
        }
        // Anonymous types named alike share one C type when their codec is
        // the same; otherwise the later one is numbered.
        let mut wanted: HashMap<String, (Option<CodecKey>, String)> = HashMap::new();
        for (&(index, side), home) in reached.keys.iter() {
            let def = self.ir.def(index);
            if def.name.is_some() {
                continue;
            }
            let codec = def.codec.map(|c| (c, self.sides.resolved(index, side)));
            let name = match &def.kind {
                TypeKind::Handle {
                    ownership,
                    resource,
                    ..
                } if matches!(self.ir.def(*resource).kind, TypeKind::Resource) => {
                    let names = self
                        .resources
                        .get(&self.key(*resource, side))
                        .ok_or_else(|| missing_resource(self.ir, *resource))?;
                    match ownership {
                        Ownership::Own => names.own.clone(),
                        Ownership::Borrow => names.borrow.clone(),
                    }
                }
                _ => {
                    let namespace = if self.naming.is_primitive_shape(Type::Id(index)) {
                        self.naming.world.clone()
                    } else {
                        match &def.kind {
                            TypeKind::Handle { resource, .. } => {
                                let alias = self.ir.def(*resource);
                                self.naming
                                    .owner(alias.owner, self.sides.of(*resource, side))
                            }
                            _ => home.clone(),
                        }
                    };
                    let base = format!("{namespace}_{}", self.naming.encoded(Type::Id(index)));
                    match wanted.get(&base) {
                        Some((c, name)) if *c == codec => name.clone(),
                        _ => {
                            let name = self.alloc.claim_type(&base);
                            wanted.insert(base, (codec, name.clone()));
                            name
                        }
                    }
                }
            };
            self.insert_type((index, side), name);
        }
        for (&key, homes) in &reached.other_homes {
            let def = self.ir.def(key.0);
            let ty = Type::Id(key.0);
            if def.name.is_some()
                || matches!(def.kind, TypeKind::Handle { .. })
                || self.naming.is_primitive_shape(ty)
            {
                continue;
            }
            for home in homes {
                let base = format!("{home}_{}", self.naming.encoded(ty));
                let primary = &self.types[&key].name;
                if format!("{base}_t") == *primary {
                    continue;
                }
                let name = self.alloc.claim_type(&base);
                self.scope_names.insert((key, home.clone()), (name, None));
            }
        }
        self.assign_codecs()
    }

    /// [`Model::type_name`] as the item with namespace `home` spells it.
    pub fn type_name_in(&self, ty: Type, side: Side, home: &str) -> String {
        if let Type::Id(index) = ty {
            let key = self.key(index, side);
            if let Some((name, _)) = self.scope_names.get(&(key, home.to_string())) {
                return name.clone();
            }
        }
        self.type_name(ty, side)
    }

    fn insert_type(&mut self, key: Key, name: String) {
        self.types.insert(
            key,
            TypeEntry {
                name,
                free: None,
                noop_free: None,
                codec: None,
            },
        );
    }

    fn resource_names(&mut self, namespace: &str, wit_name: &str) -> ResourceNames {
        let snake = Naming::snake(wit_name);
        ResourceNames {
            rep: self.alloc.claim_type(&format!("{namespace}_{snake}")),
            own: self.alloc.claim_type(&format!("{namespace}_own_{snake}")),
            borrow: self
                .alloc
                .claim_type(&format!("{namespace}_borrow_{snake}")),
            drop_own: format!("{namespace}_{snake}_drop_own"),
            drop_borrow: format!("{namespace}_{snake}_drop_borrow"),
            borrow_fn: format!("{namespace}_borrow_{snake}"),
            new: format!("{namespace}_{snake}_new"),
            rep_fn: format!("{namespace}_{snake}_rep"),
            destructor: format!("{namespace}_{snake}_destructor"),
        }
    }

    /// Gives each type its codec on its side; the first type of a codec
    /// holds the definition. Handles convert through their resource's
    /// own/borrow type.
    fn assign_codecs(&mut self) -> Result<(), Error> {
        let keys: Vec<Key> = self.types.keys().copied().collect();
        for (index, side) in keys {
            let def = self.ir.def(index);
            let Some(codec) = def.codec else { continue };
            if matches!(def.kind, TypeKind::Alias { .. }) {
                continue;
            }
            let codec_key = (codec, self.sides.resolved(index, side));
            let name = match &def.kind {
                TypeKind::Handle {
                    ownership,
                    resource,
                    ..
                } => {
                    let resource = self.resource_key(*resource, side);
                    let names = self
                        .resources
                        .get(&resource)
                        .ok_or_else(|| missing_resource(self.ir, resource.0))?;
                    match ownership {
                        Ownership::Own => names.own.clone(),
                        Ownership::Borrow => names.borrow.clone(),
                    }
                }
                _ => self.types[&(index, side)].name.clone(),
            };
            self.codecs.entry(codec_key).or_insert(CodecEntry {
                first: (index, side),
                name,
                lower: false,
                lift: false,
                release: false,
            });
            if let Some(entry) = self.types.get_mut(&(index, side)) {
                entry.codec = Some(codec_key);
            }
        }
        Ok(())
    }

    fn name_functions(&mut self) {
        let mut all = Vec::new();
        for scope in &self.scopes {
            let prefix = match scope.item.item {
                Item::Interface { interface, .. } => self.naming.interface(interface, scope.side),
                _ => self.naming.world_functions(scope.side),
            };
            let names = item_functions(scope.item)
                .into_iter()
                .map(|f| {
                    let name = format!("{prefix}_{}", Naming::snake(&f.name));
                    self.alloc.claim(&name)
                })
                .collect();
            all.push(names);
        }
        self.functions = all;
    }

    /// `_free` functions and resource helpers, named after everything else
    /// so that a clash numbers the helper, not the WIT item.
    fn name_helpers(&mut self) {
        let keys: Vec<Key> = self.types.keys().copied().collect();
        // Types that share a C type (anonymous types of one shape from
        // different packages) share its one `_free` function.
        let mut frees: HashMap<String, String> = HashMap::new();
        for key in keys {
            let def = self.ir.def(key.0);
            let is_value = !matches!(def.kind, TypeKind::Resource | TypeKind::Handle { .. });
            let owns = def.info.owns_memory;
            if !is_value || !(owns || frees_nothing(self.ir, def)) {
                continue;
            }
            let name = self.types[&key].name.clone();
            let free = match frees.get(&name) {
                Some(free) => free.clone(),
                None => {
                    let base = name.strip_suffix("_t").unwrap_or(&name);
                    let free = self.alloc.claim(&format!("{base}_free"));
                    frees.insert(name, free.clone());
                    free
                }
            };
            if let Some(entry) = self.types.get_mut(&key) {
                if owns {
                    entry.free = Some(free);
                } else {
                    entry.noop_free = Some(free);
                }
            }
        }
        let owning: Vec<(Key, String)> = self
            .scope_names
            .keys()
            .filter(|(key, _)| {
                let def = self.ir.def(key.0);
                def.info.owns_memory || frees_nothing(self.ir, def)
            })
            .cloned()
            .collect();
        for scope in owning {
            let name = self.scope_names[&scope].0.clone();
            let base = name.strip_suffix("_t").unwrap_or(&name).to_string();
            let free = self.alloc.claim(&format!("{base}_free"));
            if let Some(entry) = self.scope_names.get_mut(&scope) {
                entry.1 = Some(free);
            }
        }
        let maps: Vec<(CodecKey, String)> = self
            .codecs
            .iter()
            .filter(|(_, entry)| matches!(self.ir.def(entry.first.0).kind, TypeKind::Map { .. }))
            .map(|(codec, entry)| (*codec, entry.name.clone()))
            .collect();
        for (codec, name) in maps {
            let base = name.strip_suffix("_t").unwrap_or(&name);
            let entry = self.alloc.claim_type(&format!("{base}_entry"));
            self.entries.insert(codec, entry);
        }
        let is_map = |key: &Key| matches!(self.ir.def(key.0).kind, TypeKind::Map { .. });
        let mut further: Vec<String> = self
            .types
            .iter()
            .filter(|(key, entry)| {
                is_map(key)
                    && entry
                        .codec
                        .is_some_and(|codec| self.codecs[&codec].name != entry.name)
            })
            .map(|(_, entry)| entry.name.clone())
            .collect();
        further.extend(
            self.scope_names
                .iter()
                .filter(|((key, _), _)| is_map(key))
                .map(|(_, (name, _))| name.clone()),
        );
        for name in further {
            if self.entry_aliases.contains_key(&name) {
                continue;
            }
            let base = name.strip_suffix("_t").unwrap_or(&name);
            let alias = self.alloc.claim_type(&format!("{base}_entry"));
            self.entry_aliases.insert(name, alias);
        }
        let mut resources = std::mem::take(&mut self.resources);
        for names in resources.values_mut() {
            for name in [
                &mut names.drop_own,
                &mut names.drop_borrow,
                &mut names.borrow_fn,
                &mut names.new,
                &mut names.rep_fn,
                &mut names.destructor,
            ] {
                *name = self.alloc.claim(name);
            }
        }
        self.resources = resources;
    }

    /// Marks the converters that the world's functions call.
    fn mark_roots(&mut self) {
        let mut roots = Vec::new();
        for scope in &self.scopes {
            for function in item_functions(scope.item) {
                let (params_op, result_op) = match scope.side {
                    Side::Import => (Op::Lower, Op::Lift),
                    Side::Export => (Op::Lift, Op::Lower),
                };
                if function.abi.params_indirect.is_none() {
                    for param in &function.params {
                        roots.push((param.ty, scope.types_side(), params_op));
                    }
                }
                // An async export's result goes to `task.return`: flat
                // unless it takes a pointer.
                let through_memory = match &function.abi.async_export {
                    Some(lift) => lift.task_return.params_indirect.is_some(),
                    None => function.abi.return_area.is_some(),
                };
                if let (Some(result), false) = (function.result, through_memory) {
                    roots.push((result, scope.types_side(), result_op));
                }
            }
        }
        for (ty, side, op) in roots {
            self.mark(ty, side, op);
        }
    }

    /// Marks the releases that post-returns call, and those they call.
    fn mark_releases(&mut self) {
        let mut roots = Vec::new();
        for scope in &self.scopes {
            for function in item_functions(scope.item) {
                if let (Some(_), Some(result)) = (&function.abi.post_return, function.result) {
                    roots.push((result, scope.types_side()));
                }
            }
        }
        for (ty, side) in roots {
            self.mark_release(ty, side);
        }
    }

    fn mark_release(&mut self, ty: Type, side: Side) {
        let codec = match self.target(ty, side) {
            Target::Primitive(Type::String) => {
                self.releases_string = true;
                return;
            }
            Target::Primitive(_) => return,
            Target::Codec(codec) => codec,
        };
        let Some(entry) = self.codecs.get_mut(&codec) else {
            return;
        };
        if entry.release {
            return;
        }
        entry.release = true;
        let first = entry.first;
        for child in self.ir.def(first.0).kind.children() {
            self.mark_release(child, first.1);
        }
    }

    /// Marks one converter and, for flat conversions, those it calls.
    /// Lists convert in memory as they are, so they need nothing below.
    fn mark(&mut self, ty: Type, side: Side, op: Op) {
        let codec = match self.target(ty, side) {
            Target::Primitive(p) => {
                let name = crate::codecs::primitive_name(p);
                self.primitives.insert((name, op));
                return;
            }
            Target::Codec(codec) => codec,
        };
        let Some(entry) = self.codecs.get_mut(&codec) else {
            return;
        };
        let flag = match op {
            Op::Lower => &mut entry.lower,
            Op::Lift => &mut entry.lift,
        };
        if *flag {
            return;
        }
        *flag = true;
        let first = entry.first;
        for child in flat_children(&self.ir.def(first.0).kind) {
            self.mark(child, first.1, op);
        }
    }
}

/// The types whose flat converters a type's flat converter calls.
pub fn flat_children(kind: &TypeKind) -> Vec<Type> {
    match kind {
        TypeKind::Record { .. }
        | TypeKind::Tuple { .. }
        | TypeKind::Variant { .. }
        | TypeKind::Option { .. }
        | TypeKind::Result { .. }
        | TypeKind::FixedLengthList { .. } => kind.children(),
        _ => Vec::new(),
    }
}

fn missing_resource(ir: &Ir, resource: TypeIndex) -> Error {
    let name = ir.def(resource).name.as_deref().unwrap_or("?");
    Error::input(format!(
        "the C backend found a handle to resource `{name}` outside any imported or exported interface"
    ))
}

/// Whether a type is a resource, through aliases.
pub fn is_resource(ir: &Ir, ty: Type) -> bool {
    matches!(ir.unalias(ty), Type::Id(index) if matches!(ir.def(index).kind, TypeKind::Resource))
}
