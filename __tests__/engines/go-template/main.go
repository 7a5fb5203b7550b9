// Expands Grafana alert-rule label and annotation templates with Go's own text/template, as Grafana
// does, so that the tests judge a template by the engine that will run it rather than by a JavaScript
// imitation of a few of its forms.
//
// Modelled on grafana/grafana pkg/services/ngalert/state/template (template.go: Expand, Data, Labels,
// Value; funcs.go: the functions Grafana adds) and on prometheus/prometheus template/template.go
// (NewTemplateExpander's function map, Expand), which Grafana's Expand calls.
//
// Reads a JSON array of cases on stdin and writes a JSON array of results on stdout, in the same
// order: one process per batch, as starting Go per template would dominate the run time. A case may
// name an earlier one (sameTemplateAs) instead of repeating a long template.
// Standard library only, so it builds offline with GO111MODULE=off.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"time"
)

// Labels is Grafana's template.Labels: printing `$labels` gives "k=v, k=v" in key order.
type Labels map[string]string

func (l Labels) String() string {
	keys := make([]string, 0, len(l))
	for k := range l {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+"="+l[k])
	}
	return strings.Join(parts, ", ")
}

// Value is Grafana's template.Value: the labels and number of one reduce, math or threshold step.
type Value struct {
	Labels Labels
	Value  float64
}

// String prints two significant digits, as Grafana's Value.String does.
func (v Value) String() string {
	abs := math.Abs(v.Value)
	if abs == 0 {
		return "0"
	}
	precision := 2 - (int(math.Floor(math.Log10(abs))) + 1)
	if precision < 0 {
		precision = 0
	}
	return strconv.FormatFloat(v.Value, 'f', precision, 64)
}

// Data is Grafana's template.Data, the dot of every label and annotation template.
type Data struct {
	Labels Labels
	Values map[string]Value
	Value  string
}

type inputValue struct {
	// A null value is a step without a number (no data or an error): Grafana gives it NaN.
	Value  *float64          `json:"value"`
	Labels map[string]string `json:"labels"`
}

type inputCase struct {
	ID       string `json:"id"`
	Template string `json:"template"`
	// The id of an earlier case whose template this case expands again, in place of `template`: a rule
	// over many applications repeats long templates for every instance.
	SameTemplateAs string                `json:"sameTemplateAs"`
	Labels         map[string]string     `json:"labels"`
	Values         map[string]inputValue `json:"values"`
	Value          string                `json:"value"`
}

type parse struct {
	tmpl *template.Template
	err  error
}

type result struct {
	ID     string `json:"id"`
	Output string `json:"output"`
	Error  string `json:"error"`
}

// humanize is Prometheus's: SI prefixes, four significant digits.
func humanize(v float64) string {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Sprintf("%.4g", v)
	}
	if math.Abs(v) >= 1 {
		prefix := ""
		for _, p := range []string{"k", "M", "G", "T", "P", "E", "Z", "Y"} {
			if math.Abs(v) < 1000 {
				break
			}
			prefix = p
			v /= 1000
		}
		return fmt.Sprintf("%.4g%s", v, prefix)
	}
	prefix := ""
	for _, p := range []string{"m", "u", "n", "p", "f", "a", "z", "y"} {
		if math.Abs(v) >= 1 {
			break
		}
		prefix = p
		v *= 1000
	}
	return fmt.Sprintf("%.4g%s", v, prefix)
}

func filterLabels(keep func(string) bool, m Labels) Labels {
	res := make(Labels)
	for k, v := range m {
		if keep(k) {
			res[k] = v
		}
	}
	return res
}

var regexps = make(map[string]*regexp.Regexp)

// compiled is regexp.Compile, remembered: a member pattern lists every application of a rule and is
// matched once per instance. The results are those of Prometheus's regexp.MatchString and
// regexp.MustCompile, which compile on every call.
func compiled(pattern string) (*regexp.Regexp, error) {
	if re, ok := regexps[pattern]; ok {
		return re, nil
	}
	re, err := regexp.Compile(pattern)
	if err == nil {
		regexps[pattern] = re
	}
	return re, err
}

// funcs is Prometheus's function map (without the PromQL query functions, which Grafana turns into
// no-ops) with Grafana's defaultFuncs added on top, as Grafana's Expand does.
func funcs() template.FuncMap {
	external, _ := url.Parse("http://localhost:3000/")
	return template.FuncMap{
		// Grafana runs no PromQL from a template: `query` returns nothing.
		"query": func(string) ([]interface{}, error) { return nil, nil },
		"args": func(args ...interface{}) map[string]interface{} {
			out := make(map[string]interface{})
			for i, a := range args {
				out[fmt.Sprintf("arg%d", i)] = a
			}
			return out
		},
		"reReplaceAll": func(pattern, repl, text string) string {
			re, err := compiled(pattern)
			if err != nil {
				// MustCompile's panic, which text/template turns into the call's error.
				regexp.MustCompile(pattern)
			}
			return re.ReplaceAllString(text, repl)
		},
		"match": func(pattern, text string) (bool, error) {
			re, err := compiled(pattern)
			if err != nil {
				return false, err
			}
			return re.MatchString(text), nil
		},
		"title":              strings.Title,
		"toUpper":            strings.ToUpper,
		"toLower":            strings.ToLower,
		"humanize":           humanize,
		"humanizePercentage": func(v float64) string { return fmt.Sprintf("%.4g%%", v*100) },
		// Simpler than Prometheus's (no rule here prints durations): the format is not under test.
		"humanizeDuration":  func(v float64) string { return (time.Duration(v * float64(time.Second))).String() },
		"humanizeTimestamp": func(v float64) string { return time.Unix(0, int64(v*1e9)).UTC().String() },
		"pathPrefix":        func() string { return external.Path },
		"externalURL":       func() string { return external.String() },
		"filterLabels":      func(m Labels, match string) Labels { return filterLabels(func(k string) bool { return k == match }, m) },
		"filterLabelsRe": func(m Labels, pattern string) Labels {
			re := regexp.MustCompile(pattern)
			return filterLabels(re.MatchString, m)
		},
		"removeLabels": func(m Labels, match string) Labels { return filterLabels(func(k string) bool { return k != match }, m) },
		"removeLabelsRe": func(m Labels, pattern string) Labels {
			re := regexp.MustCompile(pattern)
			return filterLabels(func(k string) bool { return !re.MatchString(k) }, m)
		},
		"mergeLabelValues": func(values map[string]Value) Labels {
			seen := make(map[string]map[string]bool)
			for _, value := range values {
				for k, v := range value.Labels {
					if seen[k] == nil {
						seen[k] = make(map[string]bool)
					}
					seen[k][v] = true
				}
			}
			res := make(Labels)
			for k, vs := range seen {
				list := make([]string, 0, len(vs))
				for v := range vs {
					list = append(list, v)
				}
				sort.Strings(list)
				res[k] = strings.Join(list, ", ")
			}
			return res
		},
	}
}

// expand is Grafana's Expand: the variable prelude, the "__alert_" name, missingkey=invalid, and a
// panic (reReplaceAll's MustCompile on a bad pattern) returned as an error, as Prometheus's Expand does.
// Grafana's last step, "<no value>" replaced by "[no value]", is left to the caller, which treats both
// as a failure.
func expand(text string, c inputCase, parsed map[string]parse, fm template.FuncMap) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("panic expanding template: %v", r)
			}
		}
	}()
	p, ok := parsed[text]
	if !ok {
		prelude := "{{- $labels := .Labels -}}{{- $values := .Values -}}{{- $value := .Value -}}"
		p.tmpl, p.err = template.New("__alert_rule").Funcs(fm).Option("missingkey=invalid").Parse(prelude + text)
		// Execute only reads a parsed template, so one parse serves every instance.
		parsed[text] = p
	}
	if p.err != nil {
		return "", fmt.Errorf("error parsing template: %w", p.err)
	}
	tmpl := p.tmpl
	data := Data{Labels: Labels(c.Labels), Values: make(map[string]Value), Value: c.Value}
	if data.Labels == nil {
		data.Labels = Labels{}
	}
	for refID, v := range c.Values {
		f := math.NaN()
		if v.Value != nil {
			f = *v.Value
		}
		data.Values[refID] = Value{Labels: Labels(v.Labels), Value: f}
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, data); err != nil {
		return "", fmt.Errorf("error executing template: %w", err)
	}
	return buf.String(), nil
}

func main() {
	var cases []inputCase
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		fmt.Fprintln(os.Stderr, "reading cases:", err)
		os.Exit(2)
	}
	fm := funcs()
	parsed := make(map[string]parse)
	texts := make(map[string]string, len(cases))
	results := make([]result, 0, len(cases))
	for _, c := range cases {
		text := c.Template
		if c.SameTemplateAs != "" {
			earlier, ok := texts[c.SameTemplateAs]
			if !ok {
				fmt.Fprintf(os.Stderr, "case %s: sameTemplateAs names no earlier case: %s\n", c.ID, c.SameTemplateAs)
				os.Exit(2)
			}
			text = earlier
		}
		texts[c.ID] = text
		out, err := expand(text, c, parsed, fm)
		r := result{ID: c.ID, Output: out}
		if err != nil {
			r.Error = err.Error()
		}
		results = append(results, r)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(results); err != nil {
		fmt.Fprintln(os.Stderr, "writing results:", err)
		os.Exit(2)
	}
}
