namespace Sakip.Api.GraphQL.Limits;

/// <summary>
/// The answer is serialised here before a byte is sent, so a too-large answer can still be refused with a status
/// and an error instead of a truncated 200, and a timeout during serialisation still gets its 408.
/// </summary>
public sealed class BoundedBuffer(int maxBytes) : MemoryStream
{
    public sealed class FullException(int maxBytes) : IOException($"The answer is larger than {maxBytes} bytes.")
    {
        public int MaxBytes { get; } = maxBytes;
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Check(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Check(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Check(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    public override void WriteByte(byte value)
    {
        Check(1);
        base.WriteByte(value);
    }

    private void Check(int count)
    {
        if (Length + count > maxBytes)
        {
            throw new FullException(maxBytes);
        }
    }
}
