namespace NjitInternational.Web.Features.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Scheduled publishing changed {Count} records")]
    public static partial void Changed(ILogger logger, int count);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "{Type} {Id} changed while being scheduled; it is retried on the next run")]
    public static partial void Conflict(ILogger logger, string type, int id);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Scheduled publishing failed; retrying in {Interval}")]
    public static partial void RunFailed(ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Scheduled cache eviction failed")]
    public static partial void EvictionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Debug, Message = "Lease {Job} was claimed by another instance first")]
    public static partial void LeaseRace(ILogger logger, Exception exception, string job);
}
