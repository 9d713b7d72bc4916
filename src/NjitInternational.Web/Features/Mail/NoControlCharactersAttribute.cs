using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Features.Mail;

/// <summary>Refuses line breaks and other control characters in a field that may reach a mail header.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NoControlCharactersAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string text || !MailHeaders.HasControlCharacters(text);
}
