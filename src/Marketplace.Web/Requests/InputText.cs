namespace Marketplace.Web.Requests;

/// <summary>The keys of what a request is told when its input cannot be read; each takes the field's name as {0}, unless said otherwise.</summary>
internal static class InputText
{
    public const string NotJson = "Input.NotJson";
    public const string WrongCharset = "Input.WrongCharset";
    public const string BodyRequired = "Input.BodyRequired";
    public const string Required = "Input.Required";
    public const string Repeated = "Input.Repeated";
    public const string Object = "Input.Object";
    public const string List = "Input.List";
    public const string Text = "Input.Text";
    public const string Unstorable = "Input.Unstorable";
    public const string Boolean = "Input.Boolean";
    public const string WholeNumber = "Input.WholeNumber";
    public const string Number = "Input.Number";
    public const string Id = "Input.Id";
    public const string Date = "Input.Date";
    public const string Time = "Input.Time";
    public const string Instant = "Input.Instant";
    public const string OneOf = "Input.OneOf";
    public const string Invalid = "Input.Invalid";

    // The two below take no field name: they are said beside the field.
    public const string FillIn = "Input.FillIn";
    public const string Unreadable = "Input.Unreadable";
}
