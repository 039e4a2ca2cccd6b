using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Security;

internal sealed partial class MatrixWorld
{
    /// <summary>The rows that handle a care alert, each on an alert of its own.</summary>
    public static readonly string[] CareAlertUses = ["handle", "page handle"];

    /// <summary>Open alerts of elder A (falls family A logged), for the care manager family A chose: one per row that handles one.</summary>
    public Dictionary<string, Guid> CareAlerts { get; } = [];

    /// <summary>Today where elder A lives (yyyy-MM-dd): the day family A logs care on.</summary>
    public string CareLogDay { get; private set; } = "";

    /// <summary>The care manager writes elder A's plan; family A logs a fall for each row that handles an alert.</summary>
    private async Task MakeCareAlertsAsync()
    {
        foreach (var use in CareAlertUses)
        {
            (CareLogDay, var alertId) = await TestCareManagers.RaiseFallAlertAsync(_api[Who.FamilyA], _api[Who.CareManager], CareManager, ElderA);
            CareAlerts[use] = alertId;
        }
    }
}
