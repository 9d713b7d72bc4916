using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Serilog.Sinks.Async;

namespace NjitInternational.Web.Infrastructure.Logging;

/// <summary>
/// Watches the bounded queues of the asynchronous log sinks (appsettings.Production.json names
/// <see cref="Instance"/> as their monitor). When a burst outruns the disk or the console, the queue
/// drops events instead of making requests wait; this counts what was dropped, as the metric
/// <c>njit.logging.dropped_events</c> and in <see cref="DroppedEvents"/>.
/// </summary>
public sealed class LogQueueMonitor : IAsyncLogEventSinkMonitor
{
    public const string MeterName = "NjitInternational.Logging";

    private static readonly Meter LoggingMeter = new(MeterName);

    private readonly ConcurrentDictionary<IAsyncLogEventSinkInspector, byte> _queues = new();

    static LogQueueMonitor()
    {
        LoggingMeter.CreateObservableCounter("njit.logging.dropped_events", () => Instance.DroppedEvents, unit: "{event}",
            description: "Log events dropped because the asynchronous log queue was full");
        LoggingMeter.CreateObservableGauge("njit.logging.queued_events", () => Instance.QueuedEvents, unit: "{event}",
            description: "Log events waiting in the asynchronous log queues");
    }

    /// <summary>The one monitor the configuration refers to (Serilog binds it by static member name).</summary>
    public static LogQueueMonitor Instance { get; } = new();

    /// <summary>Events dropped by every live queue since it started.</summary>
    public long DroppedEvents => _queues.Keys.Sum(queue => queue.DroppedMessagesCount);

    /// <summary>Events waiting to be written, over every live queue.</summary>
    public long QueuedEvents => _queues.Keys.Sum(queue => (long)queue.Count);

    /// <summary>The capacity of each live queue (one per host in this process).</summary>
    public IReadOnlyList<int> QueueSizes => [.. _queues.Keys.Select(queue => queue.BufferSize)];

    public void StartMonitoring(IAsyncLogEventSinkInspector inspector) => _queues.TryAdd(inspector, 0);

    public void StopMonitoring(IAsyncLogEventSinkInspector inspector) => _queues.TryRemove(inspector, out _);
}
