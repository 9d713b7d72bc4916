using NjitInternational.Web.Infrastructure.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace NjitInternational.UnitTests.Logging;

/// <summary>
/// The shipped log queue's promise (docs/deployment.md, "Logs"): when the sinks cannot keep up, a
/// full queue drops events instead of making the request that logs wait, and the drops are counted.
/// </summary>
public sealed class LogQueueMonitorTests
{
    [Fact]
    public async Task FullQueue_DropsAndCountsEvents_WithoutBlockingTheCaller()
    {
        var monitor = new LogQueueMonitor();
        using var diskIsStuck = new ManualResetEventSlim(false);
        var sink = new StuckSink(diskIsStuck);
        long dropped;
        var logger = new LoggerConfiguration()
            .WriteTo.Async(a => a.Sink(sink), bufferSize: 1, blockWhenFull: false, monitor: monitor)
            .CreateLogger();
        try
        {
            // 100 requests log while the sink is stuck: each call must return at once.
            var logging = Task.Run(() =>
            {
                for (var i = 0; i < 100; i++)
                {
                    logger.Information("Request {Number}", i);
                }
            });
            var finished = await Task.WhenAny(logging, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.True(finished == logging, "Logging blocked while the queue was full");

            // One event is in the stuck sink, at most one waits in the queue (and one more may
            // have been taken before the first write began): the rest were dropped and counted.
            dropped = monitor.DroppedEvents;
            Assert.InRange(dropped, 97, 99);
        }
        finally
        {
            diskIsStuck.Set();
            logger.Dispose();
        }

        Assert.Equal(100 - dropped, sink.Written); // what was queued is written out on disposal
        Assert.Empty(monitor.QueueSizes); // the disposed queue is no longer watched
    }

    [Fact]
    public void Monitor_AddsUpEveryLiveQueue()
    {
        var monitor = new LogQueueMonitor();
        var first = new LoggerConfiguration().WriteTo.Async(a => a.Sink(new StuckSink(null)), bufferSize: 100, monitor: monitor).CreateLogger();
        var second = new LoggerConfiguration().WriteTo.Async(a => a.Sink(new StuckSink(null)), bufferSize: 200, monitor: monitor).CreateLogger();

        Assert.Equal([100, 200], monitor.QueueSizes.Order());

        first.Dispose();
        Assert.Equal([200], monitor.QueueSizes);
        second.Dispose();
        Assert.Empty(monitor.QueueSizes);
    }

    /// <summary>A sink that waits for the gate (a disk that has stopped answering) before each write.</summary>
    private sealed class StuckSink(ManualResetEventSlim? gate) : ILogEventSink
    {
        private int _written;

        public int Written => _written;

        public void Emit(LogEvent logEvent)
        {
            gate?.Wait();
            Interlocked.Increment(ref _written);
        }
    }
}
