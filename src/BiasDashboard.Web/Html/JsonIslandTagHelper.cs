using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BiasDashboard.Web.Html;

/// <summary>
/// <c>&lt;json-island id="panel-data" value="Model.Panel" /&gt;</c> writes
/// <c>&lt;script type="application/json" id="panel-data"&gt;…&lt;/script&gt;</c>, serialised by <see cref="JsonIsland"/>:
/// the one way a page hands data to its scripts.
/// </summary>
[HtmlTargetElement("json-island", TagStructure = TagStructure.WithoutEndTag)]
public sealed class JsonIslandTagHelper : TagHelper
{
    /// <summary>The data: serialised as it is (a string becomes a JSON string, never raw markup).</summary>
    public object? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "script";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Insert(0, new TagHelperAttribute("type", "application/json"));
        output.Content.SetHtmlContent(JsonIsland.Serialize(Value));
    }
}
