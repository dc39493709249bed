{%- if result %}
/// <summary>The missing side of a <c>result</c>.</summary>
public readonly struct None {}

/// <summary>A WIT <c>result</c> that is not a function's own result.</summary>
[global::System.Runtime.InteropServices.StructLayoutAttribute(global::System.Runtime.InteropServices.LayoutKind.Sequential)]
public readonly struct Result<TOk, TErr>
{
    public readonly byte Tag;
    private readonly object value;

    private Result(byte tag, object value)
    {
        Tag = tag;
        this.value = value;
    }

    public static Result<TOk, TErr> Ok(TOk ok)
    {
        return new Result<TOk, TErr>(Tags.Ok, ok!);
    }

    public static Result<TOk, TErr> Err(TErr err)
    {
        return new Result<TOk, TErr>(Tags.Err, err!);
    }

    public bool IsOk => Tag == Tags.Ok;

    public bool IsErr => Tag == Tags.Err;

    public TOk AsOk
    {
        get
        {
            if (Tag == Tags.Ok)
            {
                return (TOk)value;
            }
            throw new global::System.ArgumentException("expected Ok, got " + Tag);
        }
    }

    public TErr AsErr
    {
        get
        {
            if (Tag == Tags.Err)
            {
                return (TErr)value;
            }
            throw new global::System.ArgumentException("expected Err, got " + Tag);
        }
    }

    public class Tags
    {
        public const byte Ok = 0;
        public const byte Err = 1;
    }
}
{%- endif %}
{%- if option %}
{%- if result %}
{% endif %}
/// <summary>An <c>option</c> of an <c>option</c> (a single one is <c>T?</c>).</summary>
public class Option<T>
{
    private static readonly Option<T> none = new();

    private Option()
    {
        HasValue = false;
    }

    public Option(T v)
    {
        HasValue = true;
        Value = v;
    }

    public static Option<T> None => none;

    [global::System.Diagnostics.CodeAnalysis.MemberNotNullWhenAttribute(true, nameof(Value))]
    public bool HasValue { get; }

    public T? Value { get; }
}
{%- endif %}
{%- if exception %}
{%- if result || option %}
{% endif %}
/// <summary>
/// The error of a function whose result is a <c>result</c>: imports throw
/// it, exports throw it to return the error. <c>NestingLevel</c> says which
/// <c>result</c> of nested ones failed (0: the outermost).
/// </summary>
public class WitException : global::System.Exception
{
    public object Value { get; }

    public uint NestingLevel { get; }

    public WitException(object v, uint level)
    {
        Value = v;
        NestingLevel = level;
    }
}

public class WitException<T> : WitException
{
    public T TypedValue => (T)this.Value;

    public WitException(T v, uint level) : base(v!, level)
    {
    }
}
{%- endif %}
