//! Builds the [`Ir`] from a resolved world. All ABI arithmetic happens here
//! (through wit-parser's `SizeAlign` and `wasm_signature`), once.

use std::collections::{HashMap, HashSet};

use wit_bindgen_core::Types;
use wit_component::StringEncoding;
use wit_parser::abi::{AbiVariant, FlatTypes, WasmType};
use wit_parser::{
    Docs, Handle, InterfaceId, LiftLowerAbi, LiveTypes, ManglingAndAbi, Resolve, SizeAlign,
    TypeDefKind, TypeId, TypeOwner, WasmExport, WasmExportKind, WasmImport, WorldId, WorldKey,
};

use crate::model::*;
use crate::{Error, Loaded, async_abi};

const MAX_FLAT: usize = 16;

/// Direction of a world item, which decides names and signatures.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Import,
    Export,
}

/// Lowers the chosen world of `loaded` into the IR.
pub fn lower(loaded: &Loaded) -> Result<Ir, Error> {
    let resolve = &loaded.resolve;
    let mut sizes = SizeAlign::default();
    sizes
        .fill(resolve)
        .map_err(|err| Error::input(format!("{err:#}")))?;
    let (info, usage) = type_facts(resolve, loaded.world);
    let builder = Builder {
        resolve,
        world: loaded.world,
        sizes,
        info,
        usage,
        type_index: HashMap::new(),
        interface_index: HashMap::new(),
        interface_ids: Vec::new(),
        plain_names: plain_names(resolve, loaded.world),
        interfaces: Vec::new(),
        types: Vec::new(),
        type_names: Vec::new(),
        codec_index: HashMap::new(),
        codecs: Vec::new(),
    };
    builder.build()
}

struct Builder<'a> {
    resolve: &'a Resolve,
    world: WorldId,
    sizes: SizeAlign,
    info: Types,
    usage: Usage,
    type_index: HashMap<TypeId, TypeIndex>,
    interface_index: HashMap<InterfaceId, InterfaceIndex>,
    /// wit-parser's id of each entry of `interfaces`.
    interface_ids: Vec<InterfaceId>,
    /// Interfaces the world reaches only under a plain name (`import x:
    /// ns:pkg/i`), with that name.
    plain_names: HashMap<InterfaceId, String>,
    interfaces: Vec<Interface>,
    types: Vec<TypeDef>,
    /// Structural name of each entry of `types`.
    type_names: Vec<String>,
    codec_index: HashMap<String, CodecIndex>,
    codecs: Vec<Codec>,
}

impl Builder<'_> {
    fn build(mut self) -> Result<Ir, Error> {
        let resolve = self.resolve;
        let world = &resolve.worlds[self.world];

        // Interfaces first (imports, then exports), so indices follow the
        // world's own order; then every type reachable from them.
        for (_, item) in world.imports.iter().chain(world.exports.iter()) {
            if let wit_parser::WorldItem::Interface { id, .. } = item {
                self.interface(*id);
            }
        }
        for (_, item) in world.imports.iter().chain(world.exports.iter()) {
            match item {
                wit_parser::WorldItem::Interface { id, .. } => {
                    let iface = &resolve.interfaces[*id];
                    for ty in iface.types.values() {
                        self.visit(*ty);
                    }
                    for func in iface.functions.values() {
                        self.visit_function(func);
                    }
                }
                wit_parser::WorldItem::Function(func) => self.visit_function(func),
                wit_parser::WorldItem::Type { id, .. } => {
                    self.visit(*id);
                }
            }
        }
        for (index, id) in self.interface_ids.clone().into_iter().enumerate() {
            let types = resolve.interfaces[id]
                .types
                .values()
                .map(|ty| self.type_index[ty])
                .collect();
            self.interfaces[index].types = types;
        }

        let imports = self.items(&world.imports, Direction::Import)?;
        let exports = self.items(&world.exports, Direction::Export)?;
        let package = world.package.map(|p| package_name(resolve, p));
        let component_type = self.component_type(package.as_ref(), &world.name)?;
        let mut ir = Ir {
            format: FORMAT,
            world: World {
                name: world.name.clone(),
                package,
                docs: docs(&world.docs),
                stability: stability(&world.stability),
            },
            interfaces: self.interfaces,
            types: self.types,
            imports,
            exports,
            codecs: self.codecs,
            async_world: None,
            component_type,
        };
        async_abi::world(&mut ir);
        Ok(ir)
    }

    fn interface(&mut self, id: InterfaceId) -> InterfaceIndex {
        if let Some(index) = self.interface_index.get(&id) {
            return *index;
        }
        let iface = &self.resolve.interfaces[id];
        let index = self.interfaces.len();
        self.interfaces.push(Interface {
            name: iface.name.clone(),
            package: iface.package.map(|p| package_name(self.resolve, p)),
            docs: docs(&iface.docs),
            stability: stability(&iface.stability),
            types: Vec::new(),
        });
        self.interface_index.insert(id, index);
        self.interface_ids.push(id);
        index
    }

    fn visit_function(&mut self, func: &wit_parser::Function) {
        for param in &func.params {
            self.visit_type(&param.ty);
        }
        if let Some(result) = &func.result {
            self.visit_type(result);
        }
    }

    fn visit_type(&mut self, ty: &wit_parser::Type) -> Type {
        match ty {
            wit_parser::Type::Id(id) => Type::Id(self.visit(*id)),
            other => primitive(other),
        }
    }

    /// Adds a type definition after everything it refers to (post-order),
    /// which keeps `types` and `codecs` in dependency order.
    fn visit(&mut self, id: TypeId) -> TypeIndex {
        if let Some(index) = self.type_index.get(&id) {
            return *index;
        }
        let def = &self.resolve.types[id];
        let kind = self.kind(&def.kind);
        let owner = match def.owner {
            TypeOwner::Interface(iface) => Owner::Interface(self.interface(iface)),
            TypeOwner::World(_) => Owner::World,
            TypeOwner::None => Owner::None,
        };
        let ty = wit_parser::Type::Id(id);
        let abi = if self.is_resource(id) {
            // Not a value: only handles to it cross the boundary.
            TypeAbi {
                size: 0,
                align: 1,
                flat: None,
            }
        } else {
            TypeAbi {
                size: self.sizes.size(&ty).size_wasm32() as u32,
                align: self.sizes.align(&ty).align_wasm32() as u32,
                flat: self.flat(&ty),
            }
        };
        let facts = self.info.get(id);
        let info = TypeInfo {
            owns_memory: facts.has_list,
            has_own_handle: facts.has_own_handle,
            has_borrow_handle: facts.has_borrow_handle,
            used_borrowed: self.usage.borrowed.contains(&id),
            used_owned: self.usage.owned.contains(&id),
        };
        let index = self.types.len();
        let name = self.structural_name(def.name.as_deref(), &kind, owner);
        let codec = self.codec(index, &name, &kind);
        self.types.push(TypeDef {
            name: def.name.clone(),
            owner,
            kind,
            docs: docs(&def.docs),
            stability: stability(&def.stability),
            abi,
            info,
            codec,
        });
        self.type_names.push(name);
        self.type_index.insert(id, index);
        index
    }

    fn kind(&mut self, kind: &TypeDefKind) -> TypeKind {
        let sizes_of = |b: &Self, ty: &wit_parser::Type| {
            (
                b.sizes.size(ty).size_wasm32() as u32,
                b.sizes.align(ty).align_wasm32() as u32,
            )
        };
        match kind {
            TypeDefKind::Record(record) => {
                let offsets = self.offsets(record.fields.iter().map(|f| &f.ty));
                let fields = record
                    .fields
                    .iter()
                    .zip(offsets)
                    .map(|(field, offset)| Field {
                        name: field.name.clone(),
                        ty: self.visit_type(&field.ty),
                        offset,
                        docs: docs(&field.docs),
                    })
                    .collect();
                TypeKind::Record { fields }
            }
            TypeDefKind::Tuple(tuple) => TypeKind::Tuple {
                offsets: self.offsets(tuple.types.iter()),
                types: tuple.types.iter().map(|t| self.visit_type(t)).collect(),
            },
            TypeDefKind::Variant(variant) => TypeKind::Variant {
                payload_offset: self
                    .payload_offset(variant.tag(), variant.cases.iter().map(|c| c.ty.as_ref())),
                tag: int(variant.tag()),
                cases: variant
                    .cases
                    .iter()
                    .map(|case| Case {
                        name: case.name.clone(),
                        ty: case.ty.as_ref().map(|t| self.visit_type(t)),
                        docs: docs(&case.docs),
                    })
                    .collect(),
            },
            TypeDefKind::Enum(enum_) => TypeKind::Enum {
                tag: int(enum_.tag()),
                cases: enum_
                    .cases
                    .iter()
                    .map(|case| EnumCase {
                        name: case.name.clone(),
                        docs: docs(&case.docs),
                    })
                    .collect(),
            },
            TypeDefKind::Flags(flags) => TypeKind::Flags {
                repr: match flags.repr() {
                    wit_parser::FlagsRepr::U8 => FlagsRepr::U8,
                    wit_parser::FlagsRepr::U16 => FlagsRepr::U16,
                    wit_parser::FlagsRepr::U32(n) => FlagsRepr::U32(n as u32),
                },
                flags: flags
                    .flags
                    .iter()
                    .map(|flag| Flag {
                        name: flag.name.clone(),
                        docs: docs(&flag.docs),
                    })
                    .collect(),
            },
            TypeDefKind::Option(payload) => TypeKind::Option {
                payload_offset: self.payload_offset(wit_parser::Int::U8, [Some(payload)]),
                payload: self.visit_type(payload),
            },
            TypeDefKind::Result(result) => TypeKind::Result {
                payload_offset: self.payload_offset(
                    wit_parser::Int::U8,
                    [result.ok.as_ref(), result.err.as_ref()],
                ),
                ok: result.ok.as_ref().map(|t| self.visit_type(t)),
                err: result.err.as_ref().map(|t| self.visit_type(t)),
            },
            TypeDefKind::List(element) => {
                let (element_size, element_align) = sizes_of(self, element);
                TypeKind::List {
                    element: self.visit_type(element),
                    element_size,
                    element_align,
                }
            }
            TypeDefKind::Map(key, value) => {
                let entry = self.sizes.record([key, value]);
                let offsets = self.offsets([key, value].into_iter());
                TypeKind::Map {
                    key: self.visit_type(key),
                    value: self.visit_type(value),
                    entry_size: entry.size.size_wasm32() as u32,
                    entry_align: entry.align.align_wasm32() as u32,
                    value_offset: offsets[1],
                }
            }
            TypeDefKind::FixedLengthList(element, length) => TypeKind::FixedLengthList {
                element_size: sizes_of(self, element).0,
                element: self.visit_type(element),
                length: *length,
            },
            TypeDefKind::Resource => TypeKind::Resource,
            TypeDefKind::Handle(handle) => {
                let (ownership, resource) = match handle {
                    Handle::Own(r) => (Ownership::Own, r),
                    Handle::Borrow(r) => (Ownership::Borrow, r),
                };
                // Always the resource itself, never an alias of it, so
                // backends find its intrinsics by this index.
                let definition = wit_bindgen_core::dealias(self.resolve, *resource);
                TypeKind::Handle {
                    ownership,
                    resource: self.visit(definition),
                    alias: (definition != *resource).then(|| self.visit(*resource)),
                }
            }
            TypeDefKind::Future(payload) => TypeKind::Future {
                payload: payload.as_ref().map(|t| self.visit_type(t)),
            },
            TypeDefKind::Stream(payload) => TypeKind::Stream {
                payload: payload.as_ref().map(|t| self.visit_type(t)),
            },
            TypeDefKind::Type(target) => TypeKind::Alias {
                target: self.visit_type(target),
            },
            TypeDefKind::Unknown => unreachable!("wit-parser resolves every type before lowering"),
        }
    }

    fn offsets<'t>(&self, types: impl Iterator<Item = &'t wit_parser::Type>) -> Vec<u32> {
        self.sizes
            .field_offsets(types)
            .into_iter()
            .map(|(offset, _)| offset.size_wasm32() as u32)
            .collect()
    }

    fn payload_offset<'t>(
        &self,
        tag: wit_parser::Int,
        cases: impl IntoIterator<Item = Option<&'t wit_parser::Type>>,
    ) -> u32 {
        self.sizes.payload_offset(tag, cases).size_wasm32() as u32
    }

    /// A resource, directly or through aliases (`use i.{r}`).
    fn is_resource(&self, id: TypeId) -> bool {
        let target = wit_bindgen_core::dealias(self.resolve, id);
        matches!(self.resolve.types[target].kind, TypeDefKind::Resource)
    }

    fn flat(&self, ty: &wit_parser::Type) -> Option<Vec<CoreType>> {
        let mut storage = [WasmType::I32; MAX_FLAT];
        let mut flat = FlatTypes::new(&mut storage);
        self.resolve
            .push_flat(ty, &mut flat)
            .then(|| flat.to_vec().into_iter().map(core_type).collect())
    }

    /// The stable name of a type's shape. Records, variants, enums, flags and
    /// resources are nominal (named by owner and name); everything else is
    /// named by structure, so equal shapes share one codec.
    fn structural_name(&self, name: Option<&str>, kind: &TypeKind, owner: Owner) -> String {
        let nominal = matches!(
            kind,
            TypeKind::Record { .. }
                | TypeKind::Variant { .. }
                | TypeKind::Enum { .. }
                | TypeKind::Flags { .. }
                | TypeKind::Resource
        );
        if let (true, Some(name)) = (nominal, name) {
            return format!("{}.{name}", self.owner_id(owner));
        }
        let of = |ty: &Type| self.name_of(*ty);
        let opt = |ty: &Option<Type>| ty.as_ref().map_or("_".to_string(), of);
        match kind {
            TypeKind::Tuple { types, .. } => {
                let inner: Vec<String> = types.iter().map(of).collect();
                format!("tuple<{}>", inner.join(", "))
            }
            TypeKind::Option { payload, .. } => format!("option<{}>", of(payload)),
            TypeKind::Result {
                ok: None,
                err: None,
                ..
            } => "result".to_string(),
            TypeKind::Result { ok, err: None, .. } => format!("result<{}>", opt(ok)),
            TypeKind::Result { ok, err, .. } => format!("result<{}, {}>", opt(ok), opt(err)),
            TypeKind::List { element, .. } => format!("list<{}>", of(element)),
            TypeKind::Map { key, value, .. } => format!("map<{}, {}>", of(key), of(value)),
            TypeKind::FixedLengthList {
                element, length, ..
            } => format!("list<{}, {length}>", of(element)),
            TypeKind::Handle {
                ownership,
                resource,
                ..
            } => format!("{}<{}>", ownership.wit_name(), self.type_names[*resource]),
            TypeKind::Future { payload } => match payload {
                Some(payload) => format!("future<{}>", of(payload)),
                None => "future".to_string(),
            },
            TypeKind::Stream { payload } => match payload {
                Some(payload) => format!("stream<{}>", of(payload)),
                None => "stream".to_string(),
            },
            TypeKind::Alias { target } => of(target),
            // Nominal kinds always have a name in WIT; keep a readable
            // fallback rather than a panic.
            TypeKind::Record { .. }
            | TypeKind::Variant { .. }
            | TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Resource => format!("{}.<anonymous>", self.owner_id(owner)),
        }
    }

    fn name_of(&self, ty: Type) -> String {
        match ty {
            Type::Id(index) => self.type_names[index].clone(),
            other => other.primitive_name().unwrap_or_default().to_string(),
        }
    }

    fn owner_id(&self, owner: Owner) -> String {
        let resolve = self.resolve;
        match owner {
            // An instance imported or exported under a plain name is that
            // name in the world, whichever interface it implements: two
            // names for one interface are two instances, with two types.
            Owner::Interface(index) => match (
                self.plain_names.get(&self.interface_ids[index]),
                resolve.id_of(self.interface_ids[index]),
            ) {
                (Some(key), _) => format!("{}/{key}", self.world_id()),
                (None, Some(name)) => name,
                (None, None) => format!("{}/<inline-{index}>", self.world_id()),
            },
            Owner::World | Owner::None => self.world_id(),
        }
    }

    fn world_id(&self) -> String {
        let world = &self.resolve.worlds[self.world];
        match world.package {
            Some(package) => self.resolve.id_of_name(package, &world.name),
            None => world.name.clone(),
        }
    }

    /// Finds or makes the codec of a type. Aliases share their target's.
    fn codec(&mut self, index: TypeIndex, name: &str, kind: &TypeKind) -> Option<CodecIndex> {
        match kind {
            TypeKind::Resource => return None,
            TypeKind::Alias { target } => {
                return match target {
                    Type::Id(target) => self.types[*target].codec,
                    _ => None,
                };
            }
            _ => {}
        }
        if let Some(codec) = self.codec_index.get(name) {
            return Some(*codec);
        }
        let mut deps: Vec<CodecIndex> = kind
            .children()
            .into_iter()
            .filter_map(|ty| match ty {
                Type::Id(target) => self.types[target].codec,
                _ => None,
            })
            .collect();
        deps.sort_unstable();
        deps.dedup();
        let codec = self.codecs.len();
        self.codecs.push(Codec {
            name: name.to_string(),
            ty: index,
            deps,
        });
        self.codec_index.insert(name.to_string(), codec);
        Some(codec)
    }

    fn items(
        &mut self,
        items: &wit_parser::IndexMap<WorldKey, wit_parser::WorldItem>,
        direction: Direction,
    ) -> Result<Vec<WorldItem>, Error> {
        let resolve = self.resolve;
        let mut out = Vec::new();
        for (key, item) in items {
            let key_name = resolve.name_world_key(key);
            let item = match item {
                wit_parser::WorldItem::Interface { id, .. } => {
                    let iface = &resolve.interfaces[*id];
                    let functions = iface
                        .functions
                        .values()
                        .map(|func| self.function(func, Some(key), direction))
                        .collect();
                    let resources = iface
                        .types
                        .values()
                        .filter(|ty| matches!(resolve.types[**ty].kind, TypeDefKind::Resource))
                        .map(|ty| self.resource(*ty, Some(key), direction))
                        .collect();
                    Item::Interface {
                        interface: self.interface_index[id],
                        functions,
                        resources,
                    }
                }
                wit_parser::WorldItem::Function(func) => Item::Function {
                    function: self.function(func, None, direction),
                },
                wit_parser::WorldItem::Type { id, .. } => Item::Type {
                    ty: self.type_index[id],
                    resource: matches!(resolve.types[*id].kind, TypeDefKind::Resource)
                        .then(|| self.resource(*id, None, direction)),
                },
            };
            out.push(WorldItem {
                key: key_name,
                item,
            });
        }
        Ok(out)
    }

    fn function(
        &self,
        func: &wit_parser::Function,
        key: Option<&WorldKey>,
        direction: Direction,
    ) -> Function {
        let resolve = self.resolve;
        let is_async = func.kind.is_async();
        let (lift_lower, variant) = match (is_async, direction) {
            (false, Direction::Import) => (LiftLowerAbi::Sync, AbiVariant::GuestImport),
            (false, Direction::Export) => (LiftLowerAbi::Sync, AbiVariant::GuestExport),
            (true, Direction::Import) => {
                (LiftLowerAbi::AsyncCallback, AbiVariant::GuestImportAsync)
            }
            (true, Direction::Export) => {
                (LiftLowerAbi::AsyncCallback, AbiVariant::GuestExportAsync)
            }
        };
        let mangling = ManglingAndAbi::Legacy(lift_lower);
        let sig = resolve.wasm_signature(variant, func);
        let (module, name, post_return) = match direction {
            Direction::Import => {
                let (module, name) = resolve.wasm_import_name(
                    mangling,
                    WasmImport::Func {
                        interface: key,
                        func,
                    },
                );
                (Some(module), name, None)
            }
            Direction::Export => {
                let export = |kind| {
                    resolve.wasm_export_name(
                        mangling,
                        WasmExport::Func {
                            interface: key,
                            func,
                            kind,
                        },
                    )
                };
                // The guest keeps what the host reads until post-return:
                // memory behind a return area, and its error-context handles
                // (passing one on copies it; the guest drops its own after).
                let frees = !is_async
                    && func.result.as_ref().is_some_and(|r| {
                        (sig.retptr && self.owns_memory(r))
                            || async_abi::holds_error_context(resolve, r)
                    });
                (
                    None,
                    export(WasmExportKind::Normal),
                    frees.then(|| export(WasmExportKind::PostReturn)),
                )
            }
        };
        let params_indirect = sig.indirect_params.then(|| {
            let types: Vec<&wit_parser::Type> = func.params.iter().map(|p| &p.ty).collect();
            let layout = self.sizes.record(types.iter().copied());
            Area {
                size: layout.size.size_wasm32() as u32,
                align: layout.align.align_wasm32() as u32,
                offsets: self.offsets(types.into_iter()),
            }
        });
        let return_area = match (&func.result, sig.retptr) {
            (Some(result), true) => Some(Area {
                size: self.sizes.size(result).size_wasm32() as u32,
                align: self.sizes.align(result).align_wasm32() as u32,
                offsets: vec![0],
            }),
            _ => None,
        };
        let ty = |t: &wit_parser::Type| match t {
            wit_parser::Type::Id(id) => Type::Id(self.type_index[id]),
            other => primitive(other),
        };
        let resource = |id: &TypeId| self.type_index[id];
        use wit_parser::FunctionKind as K;
        let kind = match &func.kind {
            K::Freestanding | K::AsyncFreestanding => FunctionKind::Freestanding,
            K::Method(r) | K::AsyncMethod(r) => FunctionKind::Method(resource(r)),
            K::Static(r) | K::AsyncStatic(r) => FunctionKind::Static(resource(r)),
            K::Constructor(r) => FunctionKind::Constructor(resource(r)),
            K::Getter => FunctionKind::Getter,
            K::Setter => FunctionKind::Setter,
            K::MethodGetter(r) => FunctionKind::MethodGetter(resource(r)),
            K::MethodSetter(r) => FunctionKind::MethodSetter(resource(r)),
            K::StaticGetter(r) => FunctionKind::StaticGetter(resource(r)),
            K::StaticSetter(r) => FunctionKind::StaticSetter(resource(r)),
        };
        Function {
            name: func.name.clone(),
            item_name: func.item_name().to_string(),
            kind,
            is_async,
            params: func
                .params
                .iter()
                .map(|p| Param {
                    name: p.name.clone(),
                    ty: ty(&p.ty),
                })
                .collect(),
            result: func.result.as_ref().map(ty),
            docs: docs(&func.docs),
            stability: stability(&func.stability),
            abi: FunctionAbi {
                module,
                name,
                core_params: sig.params.into_iter().map(core_type).collect(),
                core_results: sig.results.into_iter().map(core_type).collect(),
                params_indirect,
                return_area,
                post_return,
                async_export: (is_async && direction == Direction::Export).then(|| {
                    Box::new(async_abi::export_abi(
                        resolve,
                        &self.sizes,
                        func,
                        key,
                        core_type,
                    ))
                }),
                futures_and_streams: async_abi::function_channels(
                    resolve,
                    func,
                    key,
                    direction == Direction::Export,
                    &self.type_index,
                ),
            },
        }
    }

    fn owns_memory(&self, ty: &wit_parser::Type) -> bool {
        match ty {
            wit_parser::Type::String => true,
            wit_parser::Type::Id(id) => self.info.get(*id).has_list,
            _ => false,
        }
    }

    fn resource(&self, id: TypeId, key: Option<&WorldKey>, direction: Direction) -> ResourceAbi {
        use wit_parser::ResourceIntrinsic as R;
        let resolve = self.resolve;
        let mangling = ManglingAndAbi::Legacy(LiftLowerAbi::Sync);
        let intrinsic = |intrinsic| {
            let (module, name) = resolve.wasm_import_name(
                mangling,
                WasmImport::ResourceIntrinsic {
                    interface: key,
                    resource: id,
                    intrinsic,
                },
            );
            CoreImport { module, name }
        };
        let resource = self.type_index[&id];
        match direction {
            Direction::Import => ResourceAbi {
                resource,
                drop: intrinsic(R::ImportedDrop),
                new: None,
                rep: None,
                dtor: None,
            },
            Direction::Export => ResourceAbi {
                resource,
                drop: intrinsic(R::ExportedDrop),
                new: Some(intrinsic(R::ExportedNew)),
                rep: Some(intrinsic(R::ExportedRep)),
                dtor: key.map(|interface| {
                    resolve.wasm_export_name(
                        mangling,
                        WasmExport::ResourceDtor {
                            interface,
                            resource: id,
                        },
                    )
                }),
            },
        }
    }

    fn component_type(
        &self,
        package: Option<&PackageName>,
        world: &str,
    ) -> Result<ComponentType, Error> {
        let plain = plain_named(self.resolve, self.world);
        let bytes = wit_component::metadata::encode(
            plain.as_ref().unwrap_or(self.resolve),
            self.world,
            StringEncoding::UTF8,
            None,
            false,
        )
        .map_err(|err| {
            Error::input(format!("cannot encode the world's component type: {err:#}"))
        })?;
        let section = match package {
            Some(p) => format!("component-type:bindery:{}:{}:{world}", p.namespace, p.name),
            None => format!("component-type:bindery:{world}"),
        };
        Ok(ComponentType { section, bytes })
    }
}

/// How the world's functions use named types: `borrowed`, reached from a
/// parameter of an import (the guest lends it); `owned`, from a parameter
/// of an export or any result (the guest gets or gives it whole).
#[derive(Default)]
struct Usage {
    borrowed: HashSet<TypeId>,
    owned: HashSet<TypeId>,
}

/// wit-bindgen-core's facts (`has_list`, handles) about every type the
/// world reaches, and the world's [`Usage`] of them. `Types::analyze` would
/// compute both for every type and every world of the resolve: with a WASI
/// dependency tree that was most of the IR's cost, and let other worlds'
/// functions decide how this world's bindings use a type.
fn type_facts(resolve: &Resolve, world: WorldId) -> (Types, Usage) {
    let mut live = LiveTypes::default();
    live.add_world(resolve, world);
    let mut info = Types::default();
    for id in live.iter() {
        info.type_id_info(resolve, id);
    }
    let mut usage = Usage::default();
    let mark = |set: &mut HashSet<TypeId>, types: &mut dyn Iterator<Item = &wit_parser::Type>| {
        let mut reached = LiveTypes::default();
        for ty in types {
            reached.add_type(resolve, ty);
        }
        set.extend(
            reached
                .iter()
                .filter(|id| resolve.types[*id].name.is_some()),
        );
    };
    let world = &resolve.worlds[world];
    for (import, item) in world
        .imports
        .values()
        .map(|item| (true, item))
        .chain(world.exports.values().map(|item| (false, item)))
    {
        let functions: Vec<&wit_parser::Function> = match item {
            wit_parser::WorldItem::Function(func) => vec![func],
            wit_parser::WorldItem::Interface { id, .. } => {
                resolve.interfaces[*id].functions.values().collect()
            }
            wit_parser::WorldItem::Type { .. } => Vec::new(),
        };
        for func in functions {
            let params = if import {
                &mut usage.borrowed
            } else {
                &mut usage.owned
            };
            mark(params, &mut func.params.iter().map(|param| &param.ty));
            mark(&mut usage.owned, &mut func.result.iter());
        }
    }
    (info, usage)
}

/// The named interfaces the world imports or exports only under a plain
/// name (`import x: ns:pkg/i`), with that name.
fn plain_names(resolve: &Resolve, world: WorldId) -> HashMap<InterfaceId, String> {
    let world = &resolve.worlds[world];
    let items = || world.imports.iter().chain(world.exports.iter());
    let mut names: HashMap<InterfaceId, String> = items()
        .filter_map(
            |(key, item)| match (key, resolve.implements_interface(key, item)) {
                (WorldKey::Name(name), Some(id)) => Some((id, name.clone())),
                _ => None,
            },
        )
        .collect();
    for (key, _) in items() {
        if let WorldKey::Interface(id) = key {
            names.remove(id);
        }
    }
    names
}

/// A copy of `resolve` in which the world's interfaces imported or exported
/// under a plain name (`import x: ns:pkg/i`) are anonymous, when there are
/// any. wit-component encodes such an item with an `implements` annotation,
/// which the component linker of Rust 1.95 (wasm-component-ld) and wasmtime
/// 48 cannot read yet; as a plain-named instance it means the same to them.
/// Each such item first gets an interface of its own (wit-parser's
/// nominalization, as wit-bindgen does before encoding), so that no other
/// item loses its name.
fn plain_named(resolve: &Resolve, world: WorldId) -> Option<Resolve> {
    let named = |resolve: &Resolve| -> Vec<InterfaceId> {
        let world = &resolve.worlds[world];
        world
            .imports
            .iter()
            .chain(world.exports.iter())
            .filter_map(|(key, item)| resolve.implements_interface(key, item))
            .collect()
    };
    if named(resolve).is_empty() {
        return None;
    }
    let mut copy = resolve.clone();
    copy.generate_nominal_type_ids(world);
    for id in named(&copy) {
        copy.interfaces[id].name = None;
    }
    Some(copy)
}

fn primitive(ty: &wit_parser::Type) -> Type {
    match ty {
        wit_parser::Type::Bool => Type::Bool,
        wit_parser::Type::U8 => Type::U8,
        wit_parser::Type::U16 => Type::U16,
        wit_parser::Type::U32 => Type::U32,
        wit_parser::Type::U64 => Type::U64,
        wit_parser::Type::S8 => Type::S8,
        wit_parser::Type::S16 => Type::S16,
        wit_parser::Type::S32 => Type::S32,
        wit_parser::Type::S64 => Type::S64,
        wit_parser::Type::F32 => Type::F32,
        wit_parser::Type::F64 => Type::F64,
        wit_parser::Type::Char => Type::Char,
        wit_parser::Type::String => Type::String,
        wit_parser::Type::ErrorContext => Type::ErrorContext,
        wit_parser::Type::Id(_) => unreachable!("type definitions are visited, not mapped"),
    }
}

fn core_type(ty: WasmType) -> CoreType {
    match ty {
        WasmType::I32 => CoreType::I32,
        WasmType::I64 => CoreType::I64,
        WasmType::F32 => CoreType::F32,
        WasmType::F64 => CoreType::F64,
        WasmType::Pointer => CoreType::Pointer,
        WasmType::PointerOrI64 => CoreType::PointerOrI64,
        WasmType::Length => CoreType::Length,
    }
}

fn int(int: wit_parser::Int) -> Int {
    match int {
        wit_parser::Int::U8 => Int::U8,
        wit_parser::Int::U16 => Int::U16,
        wit_parser::Int::U32 => Int::U32,
        wit_parser::Int::U64 => Int::U64,
    }
}

fn docs(docs: &Docs) -> Option<String> {
    docs.contents.clone()
}

fn stability(stability: &wit_parser::Stability) -> Stability {
    match stability {
        wit_parser::Stability::Unknown => Stability::Unknown,
        wit_parser::Stability::Stable { since, deprecated } => Stability::Stable {
            since: since.to_string(),
            deprecated: deprecated.as_ref().map(|v| v.to_string()),
        },
        wit_parser::Stability::Unstable {
            feature,
            deprecated,
        } => Stability::Unstable {
            feature: feature.clone(),
            deprecated: deprecated.as_ref().map(|v| v.to_string()),
        },
    }
}

fn package_name(resolve: &Resolve, id: wit_parser::PackageId) -> PackageName {
    let name = &resolve.packages[id].name;
    PackageName {
        namespace: name.namespace.clone(),
        name: name.name.clone(),
        version: name.version.as_ref().map(|v| v.to_string()),
    }
}
