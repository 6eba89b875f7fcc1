namespace BiasDashboard.Web.Data.Entities;

/// <summary>
/// A teacher's label for an outlet on an axis they chose ("reach" = "hyperlocal", "format" = "campaigning weekly").
/// One value per outlet and axis; every chart can group outlets by an axis.
/// </summary>
public sealed class OutletTag
{
    public int Id { get; set; }

    public int OutletId { get; set; }

    public required string Axis { get; set; }

    public required string Value { get; set; }
}
