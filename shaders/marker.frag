// Anti-aliased proportional circle with an outline, drawn on a screen-space quad.
// gl_TexCoord[0].xy: position relative to the centre in units of the radius (|uv| = 1 on the
// edge). gl_Color: fill colour; its alpha is the fill opacity (0 = hollow ring). The outline is
// the fill hue darkened (times `outlineShade`, a hollow ring's times `hollowShade`: the theme's),
// nearly opaque, `outlinePx` pixels wide.
#version 110

uniform float outlinePx;
uniform float outlineShade; // 0.6 in the normal palette, darker in high contrast
uniform float hollowShade;
uniform float opacity; // the whole marker's, 1 but while a cluster fades out or in

void main() {
    vec2 uv = gl_TexCoord[0].xy;
    float d = length(uv);
    // Radius units per pixel: about 1/r. fwidth keeps the edge one pixel soft at any size.
    float w = max(fwidth(d), 1e-4);
    float disc = clamp((1.0 - d) / w + 0.5, 0.0, 1.0);
    float inner = clamp((1.0 - outlinePx * w - d) / w + 0.5, 0.0, 1.0);
    vec4 fill = gl_Color;
    vec4 outline = vec4(fill.rgb * (fill.a > 0.0 ? outlineShade : hollowShade), 0.94);
    vec4 colour = mix(outline, fill, inner);
    gl_FragColor = vec4(colour.rgb, colour.a * disc * opacity);
}
