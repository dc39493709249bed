

{% for line in docs %}{{ line }}
{% endfor %}#[derive(Debug)]
#[repr(transparent)]
pub struct {{ name }} {
    handle: __bindery::Resource<{{ name }}>,
}

impl {{ name }} {
    /// Makes a new resource of `val`: moves it to the heap and hands the
    /// host a handle to it.
    {{ accessors.new|indent(4) }} {
        Self::__bindery_type_guard::<T>();
        let rep = Box::into_raw(Box::new(Some(val)));
        unsafe { Self::from_handle(Self::__bindery_new(rep.cast())) }
    }

    /// The `T` this resource holds.
    {{ accessors.get|indent(4) }} {
        let rep = unsafe { &*self.__bindery_rep::<T>() };
        rep.as_ref().unwrap()
    }

    /// The `T` this resource holds, mutably.
    {{ accessors.get_mut|indent(4) }} {
        let rep = unsafe { &mut *self.__bindery_rep::<T>() };
        rep.as_mut().unwrap()
    }

    /// Takes the `T` out of this resource.
    {{ accessors.into_inner|indent(4) }} {
        let rep = unsafe { &mut *self.__bindery_rep::<T>() };
        rep.take().unwrap()
    }

    #[doc(hidden)]
    pub unsafe fn from_handle(handle: u32) -> Self {
        Self {
            handle: unsafe { __bindery::Resource::from_handle(handle) },
        }
    }

    #[doc(hidden)]
    pub fn take_handle(&self) -> u32 {
        __bindery::Resource::take_handle(&self.handle)
    }

    #[doc(hidden)]
    pub fn handle(&self) -> u32 {
        __bindery::Resource::handle(&self.handle)
    }

    #[doc(hidden)]
    pub unsafe fn dtor<T: 'static>(rep: *mut u8) {
        Self::__bindery_type_guard::<T>();
        drop(unsafe { Box::from_raw(rep.cast::<::core::option::Option<T>>()) });
    }

    /// One resource type, one Rust type: a second one would misread reps.
    fn __bindery_type_guard<T: 'static>() {
        static TYPE: __bindery::Slot<::core::option::Option<core::any::TypeId>> =
            __bindery::Slot(core::cell::UnsafeCell::new(None));
        let id = core::any::TypeId::of::<T>();
        let seen = unsafe { &mut *TYPE.0.get() };
        let first = *seen.get_or_insert(id);
        {{ guard|indent(8) }}
    }

    fn __bindery_rep<T: 'static>(&self) -> *mut ::core::option::Option<T> {
        Self::__bindery_type_guard::<T>();
        #[cfg(target_arch = "wasm32")]
        {{ rep.link|indent(8) }}
        unsafe extern "C" {
            #[link_name = "{{ rep.name }}"]
            fn __bindery_rep(handle: i32) -> *mut u8;
        }
        #[cfg(not(target_arch = "wasm32"))]
        unsafe extern "C" fn __bindery_rep(_: i32) -> *mut u8 {
            unreachable!()
        }
        unsafe { __bindery_rep(self.handle() as i32).cast() }
    }

    unsafe fn __bindery_new(rep: *mut u8) -> u32 {
        #[cfg(target_arch = "wasm32")]
        {{ new.link|indent(8) }}
        unsafe extern "C" {
            #[link_name = "{{ new.name }}"]
            fn __bindery_new(rep: *mut u8) -> i32;
        }
        #[cfg(not(target_arch = "wasm32"))]
        unsafe extern "C" fn __bindery_new(_: *mut u8) -> i32 {
            unreachable!()
        }
        unsafe { __bindery_new(rep) as u32 }
    }
}

/// A borrowed [`{{ name }}`] for the length of a call.
#[derive(Debug)]
#[repr(transparent)]
pub struct {{ borrow }}<'a> {
    rep: *mut u8,
    {{ marker|indent(4) }},
}

impl<'a> {{ borrow }}<'a> {
    #[doc(hidden)]
    pub unsafe fn lift(rep: usize) -> Self {
        Self {
            rep: rep as *mut u8,
            _marker: core::marker::PhantomData,
        }
    }

    /// The `T` the borrowed resource holds.
    {{ accessors.borrow_get|indent(4) }} {
        {{ name }}::__bindery_type_guard::<T>();
        let rep = unsafe { &*self.rep.cast::<::core::option::Option<T>>() };
        rep.as_ref().unwrap()
    }
}

unsafe impl __bindery::WasmResource for {{ name }} {
    unsafe fn drop(handle: u32) {
        #[cfg(target_arch = "wasm32")]
        {{ drop.link|indent(8) }}
        unsafe extern "C" {
            #[link_name = "{{ drop.name }}"]
            fn __bindery_drop(handle: i32);
        }
        #[cfg(not(target_arch = "wasm32"))]
        unsafe extern "C" fn __bindery_drop(_: i32) {
            unreachable!()
        }
        unsafe { __bindery_drop(handle as i32) };
    }
}
