namespace Siege.Ensembles.Storage;

/// <summary>
/// Writes the store's blobs: unsigned LEB128 varints (seven bits a byte, low bits first, the high bit set on every
/// byte but the last) and zigzag-encoded signed ones (0, −1, 1, −2, … as 0, 1, 2, 3, …), so small numbers of either
/// sign take one or two bytes.
/// </summary>
internal sealed class BlobWriter
{
    [ThreadStatic] private static BlobWriter? t_writer;

    private byte[] _buffer;
    private int _length;

    public BlobWriter(int capacity = 256) => _buffer = new byte[capacity];

    /// <summary>
    /// An empty writer kept by the calling thread: the workers encode a run's blobs one after another, so the
    /// working buffer is reused and only the finished blob (<see cref="ToArray"/>) is allocated.
    /// </summary>
    public static BlobWriter ForThisThread()
    {
        var writer = t_writer ??= new BlobWriter(4096);
        writer._length = 0;
        return writer;
    }

    public void Byte(byte value)
    {
        Reserve(1);
        _buffer[_length++] = value;
    }

    public void Unsigned(ulong value)
    {
        Reserve(10);
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        _buffer[_length++] = (byte)value;
    }

    public void Signed(long value) => Unsigned((ulong)((value << 1) ^ (value >> 63)));

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length) Array.Resize(ref _buffer, Math.Max(2 * _buffer.Length, _length + bytes));
    }
}
