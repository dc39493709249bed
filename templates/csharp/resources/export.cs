{%- for line in docs %}
{{ line }}
{%- endfor %}
public abstract class {{ name }} : global::System.IDisposable
{
    /// <summary>The own handle the guest holds, if any (0: none).</summary>
    internal int Handle { get; set; }

    /// <summary>This object's index in the rep table once the host knows it (-1: not yet).</summary>
    internal int __BinderyRep = -1;

    internal static readonly __BinderyRepTable<{{ name }}> __BinderyTable = new();

    /// <summary>
    /// Drops the guest's own handle, if it holds one; the host then calls
    /// the destructor, which calls <c>Dispose(bool)</c>.
    /// </summary>
    public void Dispose()
    {
        Dispose(true);
        global::System.GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (Handle != 0)
        {
            int handle = Handle;
            Handle = 0;
            {{ drop }}(handle);
        }
    }

    internal static int __BinderyLowerOwn({{ name }} value)
    {
        if (value.Handle != 0)
        {
            int handle = value.Handle;
            value.Handle = 0;
            return handle;
        }
        if (value.__BinderyRep >= 0)
        {
            throw new global::System.InvalidOperationException("bindery: the host already owns this {{ name }}");
        }
        value.__BinderyRep = __BinderyTable.Add(value);
        return {{ new }}(value.__BinderyRep);
    }

    internal static int __BinderyRepOf({{ name }} value)
    {
        return value.__BinderyRep;
    }

    internal static {{ name }} __BinderyLiftOwn(int handle)
    {
        {{ name }} value = __BinderyTable.Get({{ rep }}(handle));
        value.Handle = handle;
        return value;
    }

    internal static {{ name }} __BinderyLiftBorrow(int rep)
    {
        return __BinderyTable.Get(rep);
    }

    internal static void __BinderyDestroy(int rep)
    {
        {{ name }} value = __BinderyTable.Remove(rep);
        value.Handle = 0;
        value.__BinderyRep = -1;
        value.Dispose();
    }
}

/// <summary>What a {{ name }} implementation provides (besides its constructor).</summary>
public interface {{ interface }}
{
{%- for m in members %}
{%- if !loop.first %}
{% endif %}
    {{ m|indent(4) }}
{%- endfor %}
}
