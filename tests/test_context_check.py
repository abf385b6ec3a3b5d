

def test_the_source_points_at_no_source_when_the_insiders_line_was_cut():
    from copydesk.check.context import context_problems
    source = ["Sam Example has filed for divorce from his wife of ten years.",
              "'He asked for the split,' an insider told the site.",
              "His wife was said to be suspicious after a car accident in 2010.",
              "The source added that he denied any romance."]
    cut = [(source[0], [0]), (source[2], [2]), (source[3], [3])]
    assert 2 in context_problems(cut, source)
    whole = [(source[0], [0]), (source[1], [1]), (source[2], [2]), (source[3], [3])]
    assert 3 not in context_problems(whole, source)
