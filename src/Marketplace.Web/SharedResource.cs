namespace Marketplace.Web;

/// <summary>Names the one resource file set that holds all UI text (Resources/SharedResource*.resx).</summary>
public sealed class SharedResource;
