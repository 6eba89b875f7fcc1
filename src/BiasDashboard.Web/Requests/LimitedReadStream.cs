namespace BiasDashboard.Web.Requests;

/// <summary>
/// A request body that refuses to be read past its limit: the read that would cross it throws a 413
/// <see cref="BadHttpRequestException"/>, so no reader (form, JSON, file copy) ever buffers more than the limit.
/// Kestrel enforces the same through its max-body-size feature; this also holds where that feature is absent.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limit, string refusal) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, Clip(count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer[..Clip(buffer.Length)], cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // One byte more than the limit may be asked for, so a body of exactly the limit reads to its end and one byte over is caught.
    private int Clip(int count) => (int)Math.Min(count, Math.Max(1, limit - _read + 1));

    private int Count(int read)
    {
        _read += read;
        return _read > limit ? throw new BadHttpRequestException(refusal, StatusCodes.Status413PayloadTooLarge) : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
