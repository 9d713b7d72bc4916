namespace NjitInternational.Web.Infrastructure.Backup;

/// <summary>A backup or restore that cannot go on, with a message meant for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
