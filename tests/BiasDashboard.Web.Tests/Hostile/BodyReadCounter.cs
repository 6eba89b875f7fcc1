using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace BiasDashboard.Web.Tests.Hostile;

/// <summary>
/// Counts the request-body bytes the app itself reads, at the very front of its pipeline: the test server's client
/// sends a whole body whatever the app does, so only the app's side shows whether a limit stopped the reading.
/// </summary>
internal sealed class BodyReadCounter : IStartupFilter
{
    private long _read;

    public long Read => Interlocked.Read(ref _read);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            context.Request.Body = new Counting(context.Request.Body, this);
            return following(context);
        });
        next(app);
    };

    private sealed class Counting(Stream inner, BodyReadCounter counter) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Add(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Add(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Add(int read)
        {
            Interlocked.Add(ref counter._read, read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
