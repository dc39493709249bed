{%- for line in docs %}
{{ line }}
{%- endfor %}
public class {{ name }} : global::System.IDisposable
{
    internal int Handle { get; set; }

    public readonly record struct THandle(int Handle);

    public {{ name }}(THandle handle)
    {
        Handle = handle.Handle;
    }

    /// <summary>Drops the handle: the host's destructor runs.</summary>
    public void Dispose()
    {
        Dispose(true);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && Handle != 0)
        {
            {{ drop }}(Handle);
            Handle = 0;
        }
    }
{%- for m in members %}

    {{ m|indent(4) }}
{%- endfor %}
}
