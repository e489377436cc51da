"""`python -m pipeline.cli` runs the ultrafacts command line."""

from pipeline.cli import main

main()
