namespace Siege.Ensembles.Storage;

/// <summary>Reads what <see cref="BlobWriter"/> wrote; a blob that ends early or overflows is reported as corrupt.</summary>
internal ref struct BlobReader(ReadOnlySpan<byte> blob)
{
    private readonly ReadOnlySpan<byte> _blob = blob;
    private int _position;

    public readonly bool AtEnd => _position == _blob.Length;

    public byte Byte()
    {
        if (_position >= _blob.Length) throw Corrupt();
        return _blob[_position++];
    }

    public ulong Unsigned()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw Corrupt();
    }

    public long Signed()
    {
        var zigzag = Unsigned();
        return (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
    }

    /// <summary>An unsigned varint that must fit in an int (a count or a length).</summary>
    public int Count()
    {
        var value = Unsigned();
        if (value > int.MaxValue) throw Corrupt();
        return (int)value;
    }

    public ReadOnlySpan<byte> Bytes(int count)
    {
        if (count < 0 || count > _blob.Length - _position) throw Corrupt();
        var bytes = _blob.Slice(_position, count);
        _position += count;
        return bytes;
    }

    public static InvalidDataException Corrupt() => new("a blob in the run store is truncated or corrupt");
}
